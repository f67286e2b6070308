import { expect, test } from 'vitest';
import { CancelledError, TimeoutError, withDeadline } from '../../../utils/platform/ai/deadline';

test('an answer in time is returned', async () => {
  await expect(withDeadline(1, new AbortController().signal, async () => 'ok')).resolves.toBe('ok');
});

test('a model that never answers, even one ignoring its signal, times out and is told to stop', async () => {
  let seen: AbortSignal | undefined;
  const never = (signal: AbortSignal) => {
    seen = signal;
    return new Promise<string>(() => undefined);
  };
  await expect(withDeadline(0.05, new AbortController().signal, never)).rejects.toBeInstanceOf(TimeoutError);
  expect(seen?.aborted).toBe(true);
});

test('cancelling (or closing the page) stops it at once', async () => {
  const ctl = new AbortController();
  const run = withDeadline(60, ctl.signal, () => new Promise<string>(() => undefined));
  ctl.abort();
  await expect(run).rejects.toBeInstanceOf(CancelledError);
  await expect(withDeadline(60, ctl.signal, async () => 'late')).rejects.toBeInstanceOf(CancelledError);
});
