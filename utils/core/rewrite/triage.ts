// Eliminate / delegate / keep, from the seed: "If it can't be eliminated, then it should be
// delegated." Keep is for what only the owner can do. Checked in that order, so "Maybe decide on
// the logo someday" is eliminated rather than kept.
import type { Triage } from '../model/categories';
import { stripNoise } from './noise';
import { PARSE_MAX } from './text';

/** Signs that the item may not be worth doing at all. */
const ELIMINATE: RegExp[] = [
  /^(?:maybe|perhaps|possibly)\b/i,
  /\b(?:someday|some day|one day|eventually|nice to have|nice-to-have|if time|if there'?s time|when i have time|low priority|no longer needed|not needed|obsolete|outdated|just in case|wishlist|wish list)\b/i,
  /\bunsubscribe\b/i,
  /\b(?:fyi|for your information|no action (?:needed|required)|newsletter digest|weekly digest)\b/i,
  /\b(?:think about|consider) (?:maybe|possibly)\b/i,
];

/** Lists and labels an owner uses for things parked rather than planned. */
const PARKED_LIST = /\b(?:someday|maybe|icebox|ice box|parking lot|wishlist|nice to have|archive|graveyard)\b/i;

/**
 * What only the owner can do: their own relationships and body, strategy, signatures, approvals and
 * legal duties. Booking the dentist is delegable; going to the dentist is not.
 */
const KEEP: RegExp[] = [
  /^(?:decide|approve|sign|attend|meet|negotiate|pitch|interview for|go to|exercise|meditate|visit)\b/i,
  /\b(?:call|ring|phone|visit|text|see|hug|thank) (?:mom|mum|mother|dad|father|grandma|grandpa|my (?:wife|husband|partner|kids|sister|brother|family|parents))\b/i,
  /\b(?:strategy|strategic|vision|long-term plan|company values|okrs?|annual goals|business plan)\b/i,
  /\b(?:sign|signing) (?:the |a |our )?(?:contract|agreement|nda|lease|offer|will)\b/i,
  /\b(?:pay|file|do) (?:my |our |the )?(?:taxes|tax return)\b/i,
  /\b(?:investor|investors|board meeting|fundraising|term sheet|equity|co-?founder)\b/i,
  /\b(?:performance review|let go of|salary|raise for|promotion for)\b/i,
  /\b(?:date night|doctor'?s? appointment|therapy|therapist|workout|gym session|haircut)\b/i,
  /\b(?:my will|medical|personal journal|wedding vows|speech)\b/i,
];

/** Booking, finding or arranging any of the above is ordinary, delegable work. */
const DELEGABLE_LEAD = /^(?:book|reserve|schedule|arrange|find|research|buy|order|remind|prepare|draft|compile|organi[sz]e|collect|send)\b/i;

export function triageOf(text: string, extra: { labels?: string[]; list?: string } = {}): Triage {
  const { core } = stripNoise(text.slice(0, PARSE_MAX));
  const raw = text.slice(0, PARSE_MAX);
  if (ELIMINATE.some((re) => re.test(raw))) return 'eliminate';
  if (extra.list && PARKED_LIST.test(extra.list)) return 'eliminate';
  if (extra.labels?.some((l) => PARKED_LIST.test(l))) return 'eliminate';
  if (!core) return 'delegate';
  if (!DELEGABLE_LEAD.test(core) && KEEP.some((re) => re.test(core))) return 'keep';
  return 'delegate';
}
