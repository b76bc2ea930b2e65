/**
 * Every request handler runs through `runSafe`: an exception in the language service is
 * logged and answered with an empty result, so one bad document can neither kill the server
 * nor leave the client with a stale answer. A cancelled request is answered with the LSP
 * `RequestCancelled` error, as the protocol asks.
 */
import { type CancellationToken, LSPErrorCodes, ResponseError } from 'vscode-languageserver/node';

export type Logger = (message: string) => void;

export function describeError(error: unknown): string {
  if (error instanceof Error) return error.stack ?? `${error.name}: ${error.message}`;
  try {
    return `non-Error thrown: ${JSON.stringify(error)}`;
  } catch {
    return `non-Error thrown: ${String(error)}`;
  }
}

function cancelled<T>(): ResponseError<T> {
  return new ResponseError(LSPErrorCodes.RequestCancelled, 'Request cancelled');
}

/**
 * Runs a request handler. `emptyResult` is what the client gets when the handler throws:
 * always an empty answer, never whatever was computed for an older version.
 */
export async function runSafe<T, E = void>(
  log: Logger,
  label: string,
  token: CancellationToken | undefined,
  emptyResult: T,
  handler: () => T | Promise<T>,
): Promise<T | ResponseError<E>> {
  if (token?.isCancellationRequested) return cancelled<E>();
  try {
    const result = await handler();
    if (token?.isCancellationRequested) return cancelled<E>();
    return result;
  } catch (error) {
    if (error instanceof ResponseError) return error as ResponseError<E>;
    log(`[error] ${label} failed: ${describeError(error)}`);
    return emptyResult;
  }
}

/** For notifications and internal work that has no answer: log the failure and carry on. */
export async function runSafeVoid(log: Logger, label: string, work: () => void | Promise<void>): Promise<void> {
  try {
    await work();
  } catch (error) {
    log(`[error] ${label} failed: ${describeError(error)}`);
  }
}

/** Thrown inside a handler to answer "cancelled" (e.g. when a newer version superseded it). */
export function cancellation(): ResponseError<void> {
  return cancelled();
}
