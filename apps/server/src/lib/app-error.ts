import { ERROR_CATALOGUE, type ErrorBody, type ErrorCode } from '@openrecruit/shared';

/**
 * The one error type of the server. `code` is stable; `message` defaults to the catalogue's Chinese
 * text and may be made more specific; `details` carries field errors or numbers for the client.
 */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly details: ErrorBody['details'];

  constructor(code: ErrorCode, message?: string, details?: ErrorBody['details']) {
    super(message ?? ERROR_CATALOGUE[code].message);
    this.name = 'AppError';
    this.code = code;
    this.status = ERROR_CATALOGUE[code].status;
    this.details = details;
  }

  /** A failure that belongs to one form field: the web shows `reason` under that field. */
  static fieldError(field: string, reason: string, code: ErrorCode = 'VALIDATION_FAILED'): AppError {
    return new AppError(code, reason, { fields: [{ field, reason }] });
  }

  toBody(): ErrorBody {
    return this.details
      ? { code: this.code, message: this.message, details: this.details }
      : { code: this.code, message: this.message };
  }
}
