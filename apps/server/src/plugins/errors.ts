import { ERROR_CATALOGUE, type ErrorBody } from '@openrecruit/shared';
import type { FastifyError, FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { AppError } from '../lib/app-error';
import { isDataException } from '../lib/pg-errors';

/**
 * The one error handler: AppError as it is; schema failures as 400 with each field and its reason;
 * framework client errors (bad JSON, body too large) as 400; anything else as 500 with the internals
 * logged, never sent.
 */
export const errorsPlugin = fp(async (app: FastifyInstance) => {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) {
      if (error.status >= 500) request.log.error({ err: error }, error.message);
      return reply.status(error.status).send(error.toBody());
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const fields = error.validation.map((issue) => ({
        field: [error.validationContext, ...issue.instancePath.split('/').filter(Boolean)]
          .filter((part) => part && part !== 'body')
          .join('.'),
        reason: issue.message ?? '格式不正确',
      }));
      const first = fields[0];
      const body: ErrorBody = {
        code: 'VALIDATION_FAILED',
        message: first ? first.reason : ERROR_CATALOGUE.VALIDATION_FAILED.message,
        details: { fields },
      };
      return reply.status(400).send(body);
    }
    if (isDataException(error)) {
      // The last guard behind the input checks: a value the database refused is the client's error.
      request.log.warn({ err: error }, 'the database refused a value');
      return reply.status(400).send({
        code: 'VALIDATION_FAILED',
        message: '提交的数据超出允许的范围或格式不正确，请检查后重试',
      } satisfies ErrorBody);
    }
    if (isResponseSerializationError(error)) {
      request.log.error({ err: error, cause: error.cause }, 'response does not match its schema');
    } else if (error.statusCode && error.statusCode < 500) {
      const code =
        error.statusCode === 429
          ? 'RATE_LIMITED'
          : error.statusCode === 404
            ? 'NOT_FOUND'
            : 'VALIDATION_FAILED';
      return reply
        .status(error.statusCode === 429 || error.statusCode === 404 ? error.statusCode : 400)
        .send({
          code,
          message: ERROR_CATALOGUE[code].message,
          details: { reason: error.code },
        } satisfies ErrorBody);
    } else {
      request.log.error({ err: error }, 'unhandled error');
    }
    return reply
      .status(500)
      .send({ code: 'INTERNAL', message: ERROR_CATALOGUE.INTERNAL.message } satisfies ErrorBody);
  });
});
