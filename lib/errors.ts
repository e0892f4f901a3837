// One error taxonomy for the whole app: the data layer throws AppError, entry points map it to
// a status with toErrorResponse(). Anything else is a bug: logged, and answered generically.

export const errorStatus = {
  bad_request: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  gone: 410,
  payload_too_large: 413,
  unsupported_media_type: 415,
  unprocessable: 422,
  rate_limited: 429,
  internal: 500,
  unavailable: 503,
} as const;

export type ErrorCode = keyof typeof errorStatus;

export type FieldErrors = Record<string, string[]>;

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly fields?: FieldErrors;
  readonly details?: Record<string, unknown>;

  constructor(code: ErrorCode, message: string, extra?: { fields?: FieldErrors; details?: Record<string, unknown> }) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.fields = extra?.fields;
    this.details = extra?.details;
  }

  get status(): number {
    return errorStatus[this.code];
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

export type ErrorBody = {
  error: { code: ErrorCode; message: string; fields?: FieldErrors } & Record<string, unknown>;
};

export function errorBody(error: AppError): ErrorBody {
  return { error: { code: error.code, message: error.message, fields: error.fields, ...error.details } };
}

// Pages cannot choose their status once streaming, but an error that carries a digest keeps it
// on its way to the error boundary (Next replaces only missing digests): app/(app)/error.tsx
// reads this one and says the database is out of reach instead of "something went wrong".
export const DATABASE_UNAVAILABLE_DIGEST = 'factdesk-database-unavailable';
