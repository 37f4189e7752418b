/**
 * Typed errors of the application. Use cases throw them; one place (app/error-handler) maps them
 * to HTTP: a page with a friendly message, or RFC 9457 problem+json under /api.
 */
export type FieldIssue = { path: string; message: string };

export abstract class AppError extends Error {
  abstract readonly status: number;
  abstract readonly code: string;
}

export class NotFound extends AppError {
  readonly status = 404;
  readonly code = "not_found";
}

export class Unauthenticated extends AppError {
  readonly status = 401;
  readonly code = "unauthenticated";
}

export class Forbidden extends AppError {
  readonly status = 403;
  readonly code = "forbidden";
}

export class Conflict extends AppError {
  readonly status = 409;
  readonly code = "conflict";
  constructor(
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

/** Input that breaks a rule. `issues` name the fields so forms can show them beside the inputs. */
export class Invalid extends AppError {
  readonly status: number;
  readonly code = "invalid";
  constructor(
    message: string,
    readonly issues: FieldIssue[] = [],
    status: 400 | 422 = 422,
  ) {
    super(message);
    this.status = status;
  }
}

/** Malformed request parameters (e.g. an unknown filter value in the API): 400 rather than 422. */
export class BadRequest extends Invalid {
  constructor(message: string, issues: FieldIssue[] = []) {
    super(message, issues, 400);
  }
}

export class TooManyRequests extends AppError {
  readonly status = 429;
  readonly code = "too_many_requests";
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(message);
  }
}

export class PayloadTooLarge extends AppError {
  readonly status = 413;
  readonly code = "payload_too_large";
}
