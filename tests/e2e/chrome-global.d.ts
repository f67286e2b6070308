// Code passed to worker.evaluate() runs inside the extension's service worker, where
// `chrome` exists; the e2e tests only need it loosely typed.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
declare const chrome: any;
