// The one error domain code throws for a failure the caller should read.
// apiRoute maps it to { error: { code, message, fields? } } with its HTTP
// status; runAction to { ok: false, code, error, fields? }. Anything else is a
// bug: logged, and answered with a generic message.
export type TFieldErrors = Record<string, string[]>;
export type TErrorCode = "unauthorized" | "invalid" | "not_found" | "forbidden" | "conflict" | "rate_limited";

const STATUS: Record<TErrorCode, number> = {
  invalid: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  rate_limited: 429,
};
const API_CODE: Record<TErrorCode, string> = {
  invalid: "invalid_request",
  unauthorized: "unauthorized",
  forbidden: "forbidden",
  not_found: "not_found",
  conflict: "conflict",
  rate_limited: "rate_limited",
};

type TOptions = {
  /** The JSON API's code when it is more precise than the kind ("card_not_found"). */
  apiCode?: string;
  /** The HTTP status when the kind's default does not fit (413, 422). */
  status?: number;
  fields?: TFieldErrors;
};

export class DomainError extends Error {
  readonly status: number;
  readonly apiCode: string;
  readonly fields?: TFieldErrors;

  constructor(
    public readonly code: TErrorCode,
    message: string,
    options: TOptions = {},
  ) {
    super(message);
    this.status = options.status ?? STATUS[code];
    this.apiCode = options.apiCode ?? API_CODE[code];
    this.fields = options.fields;
  }
}
