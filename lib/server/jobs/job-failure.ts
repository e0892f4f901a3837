// The error a job handler throws for a failure it understands: its message is written for the
// admin (Settings → Jobs shows it). Any other error's message stays in the server log only.
export const JOB_FAILURE = 'JobFailure';

export class JobFailure extends Error {
  constructor(message: string) {
    super(message);
    this.name = JOB_FAILURE;
  }
}
