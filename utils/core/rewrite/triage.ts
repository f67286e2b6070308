// Eliminate / delegate / keep, from the seed: "If it can't be eliminated, then it should be
// delegated." Keep is for what only the owner can do: their presence, signature, say-so, family and
// body. A sensitive word alone does not make work the owner's: preparing the investor slides or
// drafting the board update is delegable; pitching to the investors is not.
import type { Triage } from '../model/categories';
import type { TaskFrame } from './frame';
import { stripNoise } from './understand/noise';

const PARSE_MAX = 300;

/** Signs that the item may not be worth doing at all. */
const ELIMINATE: RegExp[] = [
  /^(?:maybe|perhaps|possibly)\b/i,
  /\b(?:someday|some day|one day|eventually|nice to have|nice-to-have|if time|if there'?s time|when i have time|low priority|no longer needed|not needed|obsolete|outdated|just in case|wishlist|wish list)\b/i,
  /\bunsubscribe\b/i,
  // Work done twice, or kept up out of habit: the seed's first question is whether to do it at all.
  /\b(?:like we used to|as we always have|out of habit|for the sake of it|double[- ]entry|paper (?:copy|book|ledger|order book|records?)\b.*\bas well|as well,? like)\b/i,
  /\b(?:fyi|for your information|no action (?:needed|required)|newsletter digest|weekly digest)\b/i,
  /\b(?:think about|consider) (?:maybe|possibly)\b/i,
];

/**
 * A label that is a triage word ("Eliminate?", "Won't do", "Delegate", "Keep") is the owner's own
 * call, made on the board: the whole label, so "Keep it short" decides nothing.
 */
const LABELLED: [RegExp, Triage][] = [
  [/^(?:eliminate|eliminieren|streichen|eliminar|éliminer|eliminer|drop|won'?t do|wontfix|not doing|skip)\s*[?!.]*$/i, 'eliminate'],
  [/^(?:delegate|delegieren|abgeben|delegar|déléguer|deleguer|for (?:the )?(?:va|assistant))\s*[?!.]*$/i, 'delegate'],
  [/^(?:keep|behalten|selbst|mantener|garder|owner only|me only)\s*[?!.]*$/i, 'keep'],
];

/** Lists and labels an owner uses for things parked rather than planned. */
const PARKED_LIST = /\b(?:someday|maybe|icebox|ice box|parking lot|wishlist|nice to have|archive|graveyard)\b/i;

/** Always the owner's, whatever the verb: family, their body, taxes in their name, signatures, people decisions. */
const ALWAYS_KEEP: RegExp[] = [
  /\b(?:call|ring|phone|visit|text|see|hug|thank) (?:mom|mum|mother|dad|father|grandma|grandpa|my (?:wife|husband|partner|kids|sister|brother|family|parents))\b/i,
  /\b(?:sign|signing) (?:the |a |our )?(?:contract|agreement|nda|lease|offer|will)\b/i,
  /\b(?:pay|file|do) (?:my |our |the )?(?:taxes|tax return)\b/i,
  /\b(?:performance review|let go of|promotion for|raise for)\b/i,
  /\b(?:date night|therapy|therapist|workout|gym session|haircut|my will|wedding vows|personal journal)\b/i,
];

/** Only the owner's when they are the one doing it, not when someone prepares it. */
const SENSITIVE: RegExp[] = [
  /^(?:decide|approve|sign|attend|meet|negotiate|pitch|interview for|go to|exercise|meditate|visit)\b/i,
  /\b(?:strategy|strategic|vision|long-term plan|company values|okrs?|annual goals|business plan)\b/i,
  /\b(?:investor|investors|board meeting|fundraising|term sheet|equity|co-?founder)\b/i,
  /\b(?:salary|salaries)\b/i,
  /\b(?:doctor'?s? appointment|medical|speech)\b/i,
];

/** Kinds of work an assistant does for the owner, however sensitive the subject. */
const DELEGABLE = new Set(['create', 'research', 'compare', 'enter', 'update', 'move', 'transcribe', 'publish', 'book', 'find', 'send', 'organise', 'buy', 'setup', 'fix', 'clean', 'chase', 'plan', 'contact', 'reply', 'hire']);
const DELEGABLE_LEAD = /^(?:book|reserve|schedule|arrange|find|research|buy|order|remind|prepare|draft|compile|organi[sz]e|collect|send|summari[sz]e|put together|collate|update|format|design|make|create|write up|type up|transcribe|gather|pull together|set up)\b/i;

export function triageOf(text: string, extra: { labels?: string[]; list?: string; frame?: TaskFrame } = {}): Triage {
  const raw = text.slice(0, PARSE_MAX);
  const { core } = stripNoise(raw);
  for (const label of extra.labels ?? []) {
    const named = LABELLED.find(([re]) => re.test(label.trim()));
    if (named) return named[1];
  }
  if (ELIMINATE.some((re) => re.test(raw))) return 'eliminate';
  if (extra.list && PARKED_LIST.test(extra.list)) return 'eliminate';
  if (extra.labels?.some((l) => PARKED_LIST.test(l))) return 'eliminate';
  if (!core) return 'delegate';
  if (ALWAYS_KEEP.some((re) => re.test(core))) return 'keep';
  const action = extra.frame?.action;
  if (action?.personal) return 'keep';
  if ((action && DELEGABLE.has(action.cls)) || DELEGABLE_LEAD.test(core)) return 'delegate';
  if (SENSITIVE.some((re) => re.test(core))) return 'keep';
  return 'delegate';
}
