import type { FastifyError, FastifyInstance } from 'fastify';

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
    if (err instanceof HttpError) {
      details = err.details;
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
    if (status >= 500) {
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
