// What the writer tells the owner about the brief it wrote, as codes with their details. The
// views word them in the owner's language (components/writer-notices.ts): the writer stays free of
// UI text, and a German browser does not get English notices beside German buttons.
export type WriterNotice =
  /** Nothing was typed. */
  | { kind: 'empty' }
  /** The title was cut to `max` characters; the full text is under Why it matters. */
  | { kind: 'shortened'; max: number }
  /** The task is in a language the writer does not write (`language`: ISO 639-1, '' when unknown). */
  | { kind: 'other-language'; language: string }
  /** The text does not read like a task. */
  | { kind: 'not-a-task'; title: string }
  /** The outcome keeps the owner's words: no result could be written with confidence. */
  | { kind: 'fallback' }
  /** The outcome is a plain result. */
  | { kind: 'plain' }
  /** The task is short: the outcome is a suggestion. */
  | { kind: 'generic' }
  /** How-instructions kept out of the outcome: `text` when there is one. */
  | { kind: 'instructions'; count: number; text?: string }
  /** Numbered steps kept under Sources. */
  | { kind: 'steps' };
