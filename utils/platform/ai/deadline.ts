// Every model call runs under a deadline and stops when the person cancels or the page goes away.

export class TimeoutError extends Error {
  constructor(readonly seconds: number) {
    super(`No answer within ${seconds} seconds`);
    this.name = 'TimeoutError';
  }
}

export class CancelledError extends Error {
  constructor() {
    super('Cancelled');
    this.name = 'CancelledError';
  }
}

/**
 * Runs `work` with a signal that aborts after `seconds` or when `outer` aborts, and settles at that
 * moment even if the work ignores its signal (a model that never answers must not hang the view).
 */
export function withDeadline<T>(seconds: number, outer: AbortSignal, work: (signal: AbortSignal) => Promise<T>): Promise<T> {
  if (outer.aborted) return Promise.reject(new CancelledError());
  const ctl = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let onAbort: (() => void) | undefined;
  const stopped = new Promise<never>((_, reject) => {
    const stop = (error: Error) => {
      ctl.abort(error);
      reject(error);
    };
    timer = setTimeout(() => stop(new TimeoutError(seconds)), seconds * 1000);
    onAbort = () => stop(new CancelledError());
    outer.addEventListener('abort', onAbort, { once: true });
  });
  return Promise.race([work(ctl.signal), stopped]).finally(() => {
    clearTimeout(timer);
    if (onAbort) outer.removeEventListener('abort', onAbort);
  });
}
