import type { FastifyError, FastifyInstance } from 'fastify';
import { ForbiddenError } from '../auth/permissions.js';
import { InvalidUsernameError } from '../auth/users-repo.js';
import { DomainError, type DomainErrorCode } from '../cases/errors.js';
import { ListFormatError, ListImportTimeoutError } from '../lists/errors.js';
import { QueryError } from '../matching/query.js';

/**
 * Every error leaves the API as JSON that says what is wrong: {statusCode, error, message} and, for
 * validation failures, the field paths at fault. Internal errors are logged with their stack and
 * answered with a generic message, so no internals leak to callers.
 */
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

/** Refusals from the case-management rules, by their stable code. */
const DOMAIN_STATUS: Record<DomainErrorCode, number> = {
  'not-found': 404,
  forbidden: 403,
  'four-eyes': 403,
  'invalid-transition': 409,
  conflict: 409,
  invalid: 422,
};

/** Errors from the layers below with the status that says what they are (mostly the caller's doing), answered with their own message. */
function knownStatus(err: unknown): { status: number; details?: unknown } | undefined {
  if (err instanceof DomainError) return { status: DOMAIN_STATUS[err.code], details: { code: err.code } };
  if (err instanceof ForbiddenError) return { status: 403 };
  if (err instanceof QueryError) return { status: 400, ...(err.field ? { details: { field: err.field } } : {}) };
  if (err instanceof ListFormatError) return { status: 422 };
  // Not the caller's doing, but said as it is (which file, how long): nothing internal to hide.
  if (err instanceof ListImportTimeoutError) return { status: 503 };
  if (err instanceof InvalidUsernameError) return { status: 400 };
  return undefined;
}

const REASONS: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Entity',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError | HttpError, request, reply) => {
    let status = err.statusCode ?? 500;
    let message = err.message;
    let details: unknown;
    const known = knownStatus(err);
    if (err instanceof HttpError) {
      details = err.details;
    } else if (known) {
      status = known.status;
      details = known.details;
    } else if ((err as FastifyError).validation) {
      status = 400;
      details = (err as FastifyError).validation!.map((v) => {
        const params = v.params as { missingProperty?: string; additionalProperty?: string };
        const name = params.missingProperty ?? params.additionalProperty;
        return { field: `${v.instancePath}${name ? `/${name}` : ''}`, message: v.message };
      });
      const first = (details as { field: string }[])[0];
      message = `invalid request: ${message}${first?.field ? ` (${first.field})` : ''}`;
    }
    if (status >= 500 && known === undefined) {
      request.log.error({ err }, 'request failed');
      message = 'internal error; the server log has the details';
      details = undefined;
    }
    void reply.status(status).send({ statusCode: status, error: REASONS[status] ?? 'Error', message, ...(details !== undefined ? { details } : {}) });
  });
  app.setNotFoundHandler((request, reply) => {
    void reply.status(404).send({ statusCode: 404, error: 'Not Found', message: `no route ${request.method} ${request.url.split('?')[0]}` });
  });
}
