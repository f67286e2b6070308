// Long jobs in a page (validating or writing tens of thousands of drafts) run in slices of a
// few milliseconds, letting the page paint and answer input in between.

/** Lets the page paint and handle input before the next slice. */
export const yieldToPage = (): Promise<void> => {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
};

/** `pause()` yields once the current slice has run `sliceMs`; without `sliceMs` it never yields. */
export function slicer(sliceMs: number | undefined): () => Promise<void> | undefined {
  let start = performance.now();
  return () => {
    if (sliceMs === undefined || performance.now() - start < sliceMs) return undefined;
    return yieldToPage().then(() => {
      start = performance.now();
    });
  };
}
