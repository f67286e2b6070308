// Tools and sources an owner names that no list knows: "into VetPro", "pull from UptimeRobot", "in
// Exact Online", "from the paper diary", "the Shopify export", "the council portal". They are found
// by their place in the sentence (after into, from, via, using …) and by their shape (a name in
// capitals, a product-like spelling, a noun for a file or a place records are kept), never by
// adding the names to a list.
import { PLATFORMS, TOOLS } from './lexicon';

/** After these, a name is where the work is done or where it comes from, in every written language. */
const TO_APP = /(?:^|\s)(?:into|in|onto|on|via|using|through|from|to|naar|in|op|do|na|no|nel|nella|dans|sur|en|auf|ins|im|über|vía|em)\s+$/iu;
/** "into" and friends always point at an app or a place; "in", "on", "to", "with" only after work that is done in one. */
const STRONG = /(?:^|\s)(?:into|onto|via|using|through|naar|do|ins)\s+$/iu;
/** Kinds of work done in an app (entering, updating, moving, publishing, setting up, sending, replying). */
const WORK_IN = /^(?:enter|update|move|publish|setup|send|reply|engage|transcribe|organise|clean)$/;
/** Capitalised words that are not apps: days, months, places of time, people's titles. */
const NOT_APP = /^(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Weekday|Weekend)s?|Mon|Tue|Tues|Wed|Weds|Thu|Thur|Thurs|Fri|Sat|Sun|Frau|Herr|Señor|Señora|Madame|Monsieur|Mme|Mlle|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Christmas|Easter|Q[1-4]|I|Mr|Mrs|Ms|Dr|The|A|An|Our|My|UK|US|EU|English|Spanish|French|German|Excel?)$/;

/** A name with the shape of a product: "VetPro", "UptimeRobot", "Cin7", "HelloAsso", "Exact Online", "Little Hotelier". */
function appName(words: string[]): string | undefined {
  const taken: string[] = [];
  for (const w of words.slice(0, 3)) {
    const bare = w.replace(/[,.;:!?)'’]+$/u, '');
    // A number may follow a name ("Microsoft 365"), never start one; a shouted word ("ONLY") ends it.
    if (!/^\p{Lu}[\p{L}\d.+&-]*$/u.test(bare) && !(taken.length && /^\d+$/.test(bare))) break;
    if (NOT_APP.test(bare) || (/^\p{Lu}{3,}$/u.test(bare) && /^(?:ONLY|TODAY|ASAP|EVERY|NOW|URGENT|PLEASE|NOT|ALL)$/.test(bare))) break;
    taken.push(bare);
    if (bare !== w) break;
  }
  // A known app is found by its name; a street ("Mill Road") is a place, not an app.
  if (!taken.length || TOOLS[taken[0]!.toLowerCase()] || PLATFORMS[taken[0]!.toLowerCase()]) return undefined;
  if (/\s(?:Road|Rd|Street|St|Lane|Ln|Avenue|Ave|Way|Square|Park|Close|Drive|Hill|Green|Place)$/.test(taken.join(' '))) return undefined;
  return taken.join(' ');
}

const productShape = (name: string): boolean => /\p{Ll}\p{Lu}|\p{L}\d|\d\p{L}|\.(?:io|ai|com|app)\b/u.test(name) || (name.split(' ').length >= 2 && name.split(' ').every((w) => /^\p{Lu}\p{L}/u.test(w)));

/**
 * Apps named in a text by where they stand. `cls` is the class of the task's action: after "in",
 * "on", "to" and "with" a plain capitalised name counts only when the work is done in something
 * ("log the visits in Fieldwire", not "find a venue in Bath").
 */
export function appsIn(text: string, cls = '', lang = 'en'): { tools: string[]; places: string[] } {
  const tools: string[] = [];
  const places: string[] = [];
  const words = text.split(/\s+/);
  // "Pull jobs … from Jobber", "export from Pingdom": taking data out of something names the app.
  const pulls = /^(?:pull|export|download|import|copy|take|get|grab|migrate|move|transfer|sync|extract)\b/i.test(text.trim()) || PULL.test(text);
  for (let i = 1; i < words.length; i++) {
    const before = `${words.slice(Math.max(0, i - 2), i).join(' ')} `;
    // "on Indeed and Totaljobs": a second name joined to one found.
    const joined = /(?:^|\s)(?:and|&|\+)\s+$/i.test(before) && i >= 2 && /^\p{Lu}/u.test(words[i - 2]!.replace(/[^\p{L}]/gu, '')) && (tools.length > 0 || !!(TOOLS[words[i - 2]!.toLowerCase()] ?? PLATFORMS[words[i - 2]!.toLowerCase()]));
    if (!TO_APP.test(before) && !joined) continue;
    const name = appName(words.slice(i));
    if (!name) continue;
    const low = name.toLowerCase();
    if (PLATFORMS[low] || TOOLS[low]) continue;
    // "It's on Vimeo", "the files are in Dropbox": where the material lives is a source as well.
    const lives = /(?:it['’]s|is|are|they['’]re|lives|sits|hosted|stored|saved|kept)\s+(?:on|in)\s+$/i.test(before);
    const prep = before.trim().split(/\s+/).at(-1)!.toLowerCase();
    // German writes every noun with a capital: there only the shape of a product name counts.
    const shaped = lang === 'de' ? /\p{Ll}\p{Lu}|\p{L}\d|\d\p{L}/u.test(name) : productShape(name);
    // "Reply to Tom", "send the invoice to ACME": after "to", a name is a person or a firm unless records go into it.
    const worksIn = prep === 'to' ? /^(?:enter|move|update)$/.test(cls) : WORK_IN.test(cls);
    if (lang === 'de' ? shaped || /^(?:ins|in die|in das)\s+$/i.test(before) : STRONG.test(before) || joined || shaped || worksIn || lives || prep === 'on' || (prep === 'from' && pulls)) {
      if (!tools.includes(name)) tools.push(name);
      if (lives && !places.includes(name)) places.push(name);
    }
  }
  return { tools, places };
}

const PULL = /\b(?:pull|export|download|import|extract)\s+(?:the\s+|all\s+|our\s+)?[\p{L}\d/ -]{0,40}\s+from\s+\p{Lu}/iu;

/** Nouns for material to work from: an export, a diary, a portal, a template, handwritten or paper records. */
const KIND = '(?:[Ee]xports?|[Dd]iary|[Dd]iaries|[Pp]ortal|[Pp]rintouts?|[Cc][Ss][Vv]|[Tt]emplates?|[Nn]otebook|[Ll]og ?book|[Ss]preadsheet)';
const SOURCE = new RegExp(
  `\\b(?:(?:[Tt]he|[Oo]ur|[Mm]y|[Tt]his|[Tt]hat|[Ll]ast\\s+\\p{L}+['’]s)\\s+(?:[\\p{L}\\d'’-]+\\s+){0,3}?${KIND}|\\p{Lu}[\\p{L}\\d]*\\s+${KIND}|(?:[Hh]andwritten|[Pp]aper|[Pp]rinted|[Ss]ign-in|[Ss]ign-?up)\\s+[\\p{L}-]+)\\b`,
  'gu',
);
/** "the list is in 'SA 2024 outstanding'", "use the 'Renewal v3' doc": a name in quotes after where or what. */
const QUOTED = /(?:\b(?:in|into|from|use|using|called|named|see|folder|sheet|template|list|doc|file|tab)\s+)(?:the\s+)?['‘"“«]\s?([^'’"”»]{2,40}?)\s?(?:['’"”»]|$)/giu;

/** Sources named by their kind ("from the paper diary", "the Shopify export") or in quotes. */
export function sourcesIn(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(SOURCE)) {
    const phrase = m[0].replace(/^(?:the|our|my|this|that)\s+/i, '').trim();
    if (phrase && !out.some((x) => x.toLowerCase() === phrase.toLowerCase())) out.push(phrase);
  }
  for (const m of text.matchAll(QUOTED)) if (!out.includes(m[1]!)) out.push(m[1]!);
  return out;
}
