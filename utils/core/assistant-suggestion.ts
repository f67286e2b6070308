// Who "Email to assistant" should address: the brief's assistant, else an assistant the owner
// listed who is on the mail the task came from or in the compose window open on the page, else
// the last one used. Other people on the mail are offered as choices, never picked for the owner,
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

export function suggestAssistant(
  brief: Pick<Brief, 'assistant' | 'source'>,
  presets: Pick<Presets, 'assistants' | 'lastAssistant'>,
  composeTo: readonly Person[] = [],
): AssistantSuggestion {
  const known = new Map(presets.assistants.map((a) => [key(a.email), a]));
  // The compose window first: it is what the owner is doing right now.
  const onPage = [...composeTo, ...(brief.source?.people ?? [])];
  const listed = onPage.map((p) => known.get(key(p.email))).find(Boolean);
  const to =
    brief.assistant?.email ||
    listed?.email ||
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
