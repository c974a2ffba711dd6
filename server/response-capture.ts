/**
 * Hands every finished response (status, headers, the body as the route wrote it, before compression)
 * to an observer. The test app uses it to check each answer against the OpenAPI document.
 */
import type { RequestHandler } from 'express';

export interface ObservedExchange {
  method: string;
  /** The path, without the query string. */
  path: string;
  status: number;
  headers: Record<string, unknown>;
  body: Buffer;
}

export type ResponseObserver = (exchange: ObservedExchange) => void;

export function captureResponses(observe: ResponseObserver): RequestHandler {
  return (request, response, next) => {
    const chunks: Buffer[] = [];
    const keep = (chunk: unknown, encoding?: unknown) => {
      if (chunk === undefined || chunk === null || typeof chunk === 'function') return;
      chunks.push(
        Buffer.isBuffer(chunk)
          ? chunk
          : Buffer.from(
              chunk as string,
              typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8',
            ),
      );
    };
    const write = response.write.bind(response);
    const end = response.end.bind(response);
    response.write = ((chunk: unknown, ...rest: unknown[]) => {
      keep(chunk, rest[0]);
      return (write as (...args: unknown[]) => boolean)(chunk, ...rest);
    }) as typeof response.write;
    response.end = ((chunk?: unknown, ...rest: unknown[]) => {
      keep(chunk, rest[0]);
      return (end as (...args: unknown[]) => typeof response)(chunk, ...rest);
    }) as typeof response.end;
    response.on('finish', () =>
      observe({
        method: request.method,
        path: request.originalUrl.split('?')[0]!,
        status: response.statusCode,
        headers: response.getHeaders(),
        body: Buffer.concat(chunks),
      }),
    );
    next();
  };
}
