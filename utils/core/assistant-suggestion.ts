// Who "Email to assistant" should address: a listed assistant the open compose window is
// addressed to, else the brief's assistant (a new brief takes the listed assistant on its mail),
// else a listed assistant on the mail, else the last one used. Other people on the mail are offered as choices, never picked for the owner,
// except the one a compose window is already addressed to when no assistant is known at all.
import type { Brief } from './model/brief';
import type { Person } from './model/task';
import type { Presets } from './model/presets';

export interface AddressChoice {
  email: string;
  label: string;
}

export interface AssistantSuggestion {
  to: string;
  choices: AddressChoice[];
}

const key = (email: string) => email.trim().toLowerCase();

/** The first of these people who is one of the owner's listed assistants, as listed. */
export function listedAssistant<A extends { email: string }>(people: readonly Person[], assistants: readonly A[]): A | undefined {
  for (const p of people) {
    const found = assistants.find((a) => key(a.email) === key(p.email));
    if (found) return found;
  }
  return undefined;
}

export function suggestAssistant(
  brief: Pick<Brief, 'assistant' | 'source'>,
  presets: Pick<Presets, 'assistants' | 'lastAssistant'>,
  composeTo: readonly Person[] = [],
): AssistantSuggestion {
  const onPage = [...composeTo, ...(brief.source?.people ?? [])];
  // The compose window first: it is what the owner is doing right now.
  const to =
    listedAssistant(composeTo, presets.assistants)?.email ||
    brief.assistant?.email ||
    listedAssistant(onPage, presets.assistants)?.email ||
    presets.lastAssistant ||
    presets.assistants[0]?.email ||
    composeTo[0]?.email ||
    '';
  const choices: AddressChoice[] = presets.assistants.map((a) => ({ email: a.email, label: a.name || a.email }));
  const seen = new Set(choices.map((c) => key(c.email)));
  for (const p of onPage) {
    if (seen.has(key(p.email))) continue;
    seen.add(key(p.email));
    const where = composeTo.includes(p) ? 'in your open email' : p.role === 'from' ? 'sent this email' : 'on this email';
    choices.push({ email: p.email, label: `${p.name ? `${p.name}, ` : ''}${where}` });
  }
  return { to, choices };
}
