/**
 * Visits every row of a store inside the upgrade transaction. Promise-based so
 * migrations run strictly one after another: two cursors over the same store in
 * parallel would let a later step read a row before an earlier step rewrote it.
 * `visit` returns the new row, or undefined to leave the row as it is.
 */
export function rewriteRows(store: IDBObjectStore, visit: (row: unknown) => unknown): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = store.openCursor();
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const cursor = request.result;
      if (!cursor) return resolve();
      try {
        const next = visit(cursor.value);
        if (next !== undefined) cursor.update(next);
        cursor.continue();
      } catch (e) {
        reject(e);
      }
    };
  });
}

export const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
