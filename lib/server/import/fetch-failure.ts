/** Why a link could not be fetched; each code comes with a sentence for the person importing. */
export type FetchFailureCode =
  | 'invalid_url'
  | 'scheme_not_allowed'
  | 'address_not_allowed'
  | 'dns_failed'
  | 'connection_failed'
  | 'too_many_redirects'
  | 'timeout'
  | 'too_large'
  | 'unsupported_type'
  | 'http_error';

export interface FetchFailure {
  ok: false;
  code: FetchFailureCode;
  message: string;
  /** The HTTP status, for `http_error`. */
  status?: number;
}

/**
 * Thrown inside the fetch pipeline and turned into a FetchFailure at its edge, so that every
 * layer (DNS, connection, body) can stop the fetch with a reason without threading results.
 */
export class FetchRefusal extends Error {
  constructor(
    readonly code: FetchFailureCode,
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'FetchRefusal';
  }

  toFailure(): FetchFailure {
    return this.status === undefined
      ? { ok: false, code: this.code, message: this.message }
      : { ok: false, code: this.code, message: this.message, status: this.status };
  }
}
