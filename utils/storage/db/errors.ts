export type StorageErrorKind = 'quota' | 'blocked' | 'unknown';

const MESSAGES: Record<StorageErrorKind, string> = {
  quota:
    "Your browser's storage for this extension is full. Nothing was saved. Export your drafts, empty the trash or delete drafts you no longer need, then try again.",
  blocked:
    'Outcome Briefs is open in another tab or window with an older version of its storage. Close or reload the other Outcome Briefs pages, then try again.',
  unknown:
    'Outcome Briefs could not read or save your drafts. Try again; if it keeps happening, export your drafts from the Drafts page and reload the extension.',
};

/** A storage failure, with a message meant for the person using the extension. */
export class StorageError extends Error {
  readonly kind: StorageErrorKind;
  constructor(kind: StorageErrorKind, message = MESSAGES[kind], options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StorageError';
    this.kind = kind;
  }
}

const nameOf = (e: unknown): string | undefined =>
  typeof e === 'object' && e !== null && typeof (e as { name?: unknown }).name === 'string'
    ? (e as { name: string }).name
    : undefined;

/** Browsers report a full disk in several ways; all of them mean the same thing to a person. */
export function isQuotaError(e: unknown): boolean {
  const name = nameOf(e);
  if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED') return true;
  if (typeof DOMException !== 'undefined' && e instanceof DOMException && e.code === 22) return true;
  return false;
}

export function toStorageError(e: unknown, txError?: unknown): StorageError {
  if (e instanceof StorageError) return e;
  if (isQuotaError(e) || isQuotaError(txError)) return new StorageError('quota', undefined, { cause: e });
  if (nameOf(e) === 'VersionError') {
    return new StorageError(
      'blocked',
      'Outcome Briefs was updated in another window. Reload this page to keep working with your drafts.',
      { cause: e },
    );
  }
  return new StorageError('unknown', undefined, { cause: e });
}

export const draftGone = () =>
  new StorageError('unknown', 'This draft no longer exists. It may have been deleted for good in another window.');
