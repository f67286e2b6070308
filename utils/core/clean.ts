/**
 * A copy of `o` without its undefined fields (with `dropEmpty`, without empty strings too), so
 * objects compare and serialise alike. A new object rather than `delete`, which turns V8
 * objects into slow dictionaries. Keys are copied as data: an own "__proto__" key (as
 * JSON.parse makes) stays a plain key and never becomes the copy's prototype.
 */
export function clean<T extends object>(o: T, options: { dropEmpty?: boolean } = {}): T {
  const out = {} as T;
  for (const k of Object.keys(o) as (keyof T & string)[]) {
    const v = o[k];
    if (v === undefined || (options.dropEmpty && (v as unknown) === '')) continue;
    if (k === '__proto__') Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
    else out[k] = v;
  }
  return out;
}
