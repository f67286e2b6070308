// The task frame: what the writer understood of a task before writing a word. Every field keeps
// the owner's words as written; nothing here is generated text. The frame is the contract between
// understanding and composing, and what a language model is given alongside the task.
import type { Category } from '../model/categories';
import type { DatePhrase, Money, Quantity } from './understand/extract';
import type { Instruction } from './understand/instructions';
import type { Lang } from './understand/language';
import type { Slot } from './understand/phrase-en';
import type { ActionClass } from './understand/verbs-en';

export type { DatePhrase, Instruction, Lang, Money, Quantity, Slot, ActionClass };

export interface FrameAction {
  /** The verb as the writer knows it ("line up", "erfassen"). */
  lemma: string;
  /** As written in the task ("Line up", "typed"). */
  written: string;
  cls: ActionClass;
  /** English: past participle; German: participle; Spanish/French: the action noun with its article. */
  form: string;
  /** From the curated list (true) or recognised by the spelling rules for verbs (false). */
  known: boolean;
  /** Only the owner can do it (their presence, signature or say-so). */
  personal: boolean;
}

export interface TaskFrame {
  version: 1;
  language: Lang;
  /** ISO 639-1 code ("it", "ja") when language is "other"; otherwise the language itself. */
  languageCode: string;
  /** The title as the owner wrote it, whitespace collapsed. */
  title: string;
  /** The ask without noise (ticket ids, emoji, "URGENT", fillers) and without how-instructions. */
  request: string;
  /** How the task was asked: a polite request, a question to answer, or a plain instruction. */
  asked: 'instruction' | 'polite' | 'wh' | 'yes-no' | 'noun';
  /** For wh / yes-no questions: what the owner wants to know, as a clause ("who supplies the oat milk"). */
  toKnow?: string;
  action?: FrameAction;
  /** The object noun phrase in the owner's words ("the 80 mileage slips"). */
  object: string;
  plural: boolean;
  /** Prepositional phrases around the object, in order, in the owner's words. */
  slots: Slot[];
  /** "so customers can book online": the reason, when the task gives it. */
  purpose?: string;
  /** A second action joined by "and" ("and email it to the shops"). */
  then?: { action: FrameAction; object: string; slots: Slot[] };
  /** "get the recording transcribed": the end state named by the owner. */
  state?: string;
  /** "RSVPs for the wedding: put them all in the tracker": what the title names before its ask, when the ask refers back to it. */
  topic?: string;
  /** Other languages: the first sentence as the owner wrote it (noise aside), which the brief keeps whole. */
  asWritten?: string;
  /** "Who can …?": the owner is looking for someone to do it. */
  forSomeone?: boolean;
  /** The request's words the parser could not place; never put into a generated sentence. */
  leftover?: string;
  platforms: string[];
  tools: string[];
  quantities: Quantity[];
  percent: string[];
  money: Money[];
  dates: DatePhrase[];
  cadence: string[];
  /** Clock times ("7:45"). */
  times: string[];
  people: string[];
  audience?: string;
  /** Files, folders and links. */
  sources: string[];
  /** How-instructions, kept apart from what is wanted. */
  instructions: Instruction[];
  /** The owner's description and checklist, line by line, sorted by the section they belong to. */
  owner: {
    why: string[];
    done: string[];
    steps: string[];
    deadlines: string[];
    spending: string[];
    sources: string[];
    tools: string[];
    standards: string[];
    never: string[];
  };
  urgent: boolean;
  fyi: boolean;
  /** As shown on the page ("Fri 28 Nov"); never reinterpreted. */
  due?: string;
  labels: string[];
  category: Category;
  /** full: action and object understood; partial: one of them; none: not read as a task. */
  understood: 'full' | 'partial' | 'none';
}
