import { z } from 'zod';

/** The error body every route may answer with (see lib/app-error.ts and plugins/errors.ts). */
export const ErrorResponse = z.object({
  code: z.string(),
  message: z.string(),
  details: z.record(z.string(), z.unknown()).optional(),
});

export const errorResponses = {
  400: ErrorResponse,
  401: ErrorResponse,
  403: ErrorResponse,
  404: ErrorResponse,
  409: ErrorResponse,
  410: ErrorResponse,
  422: ErrorResponse,
  429: ErrorResponse,
} as const;
