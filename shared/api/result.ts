/** Every API answer. Signal's sql channel wraps its results the same way, so a failure is data, not a throw. */
export type ApiErrorCode = 'invalid' | 'not-found' | 'conflict' | 'locked' | 'forbidden' | 'internal';

export interface FieldIssue {
  /** Dotted path of the field, e.g. "reportedAt" or "returnInterview.heldAt". */
  field: string;
  message: string;
}

export interface ApiError {
  code: ApiErrorCode;
  /** One sentence a chair can read: names the field and the problem. */
  message: string;
  issues?: FieldIssue[];
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export const ok = <T>(value: T): ApiResult<T> => ({ ok: true, value });
