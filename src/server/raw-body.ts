import type { FastifyInstance } from 'fastify';
import { HttpError } from './errors.js';

/**
 * Files sent as the request body (a list file, a parties file): XML, CSV, JSON Lines, or bytes. Kept
 * as a Buffer; the route decides how to read it. JSON bodies keep fastify's own parser (with its
 * prototype-poisoning checks).
 */
export const FILE_CONTENT_TYPES = ['application/xml', 'text/xml', 'text/csv', 'application/x-ndjson', 'application/jsonl', 'application/octet-stream', 'text/plain'];

export function registerRawBodies(app: FastifyInstance): void {
  app.addContentTypeParser(FILE_CONTENT_TYPES, { parseAs: 'buffer' }, (_request, body, done) => done(null, body));
}

/** The body as a Buffer, refusing JSON and empty bodies with a message that says what to send. */
export function fileBody(body: unknown): Buffer {
  if (!Buffer.isBuffer(body)) throw new HttpError(415, `send the file itself as the body, with a content type of ${FILE_CONTENT_TYPES.join(', ')}`);
  if (body.length === 0) throw new HttpError(400, 'the body is empty');
  return body;
}

/** UTF-8 text, or a 400: a Latin-1 "é" silently turned into U+FFFD would change a name. */
export function utf8Body(body: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    throw new HttpError(400, 'the body is not valid UTF-8; convert the file to UTF-8 and send it again');
  }
}
