import { describe, expect, it } from 'vitest';
import { suggestAssistant } from '../../utils/core/assistant-suggestion';
import type { Person } from '../../utils/core/model/task';

const task = (people: Person[]) => ({ source: 'gmail' as const, id: 't', title: 'x', checklist: [], labels: [], assignees: [], people });
const presets = { assistants: [{ name: 'Ana Silva', email: 'Ana@VA-services.example' }, { name: 'Sam', email: 'sam@brightside.example' }], lastAssistant: 'sam@brightside.example' };

describe('suggestAssistant', () => {
  it('keeps the assistant the brief already names, unless the open compose is addressed to a listed one', () => {
    const brief = { assistant: { name: 'Kai', email: 'kai@example.de' }, source: task([{ email: 'ana@va-services.example', role: 'from' }]) };
    expect(suggestAssistant(brief, presets).to).toBe('kai@example.de');
    expect(suggestAssistant(brief, presets, [{ email: 'lena@hochzeit.example', role: 'to' }]).to).toBe('kai@example.de');
    expect(suggestAssistant(brief, presets, [{ email: 'sam@brightside.example', role: 'to' }]).to).toBe('sam@brightside.example');
  });

  it('a new brief from a mail takes the listed assistant on it, else the last one used', async () => {
    const { newBrief } = await import('../../utils/core/brief-factory');
    const { emptyPresets } = await import('../../utils/core/model/presets');
    const full = { ...emptyPresets(), ...presets };
    const onMail = newBrief(task([{ email: 'lena@hochzeit.example', role: 'from' }, { email: 'ANA@va-services.example', role: 'to' }]), { presets: full, now: 1, id: 'a' });
    expect(onMail.brief.assistant?.email).toBe('Ana@VA-services.example');
    const notOnMail = newBrief(task([{ email: 'lena@hochzeit.example', role: 'from' }]), { presets: full, now: 1, id: 'b' });
    expect(notOnMail.brief.assistant?.email).toBe('sam@brightside.example');
  });

  it('picks a listed assistant who is on the mail over the last one used', () => {
    const s = suggestAssistant({ source: task([{ email: 'lena@hochzeit.example', name: 'Lena', role: 'from' }, { email: 'ana@va-services.example', role: 'to' }]) }, presets);
    expect(s.to).toBe('Ana@VA-services.example');
    // The client who sent the mail is offered, never picked.
    expect(s.choices.map((c) => c.email)).toEqual(['Ana@VA-services.example', 'sam@brightside.example', 'lena@hochzeit.example']);
    expect(s.choices[2].label).toBe('Lena, sent this email');
  });

  it('prefers the open compose window, then the mail', () => {
    const s = suggestAssistant({ source: task([{ email: 'ana@va-services.example', role: 'to' }]) }, presets, [{ email: 'SAM@brightside.example', role: 'to' }]);
    expect(s.to).toBe('sam@brightside.example');
  });

  it('falls back to the last assistant, and to the compose recipient only when no assistant is known', () => {
    const stranger: Person[] = [{ email: 'kai@example.de', name: 'Kai', role: 'to' }];
    expect(suggestAssistant({}, presets, stranger).to).toBe('sam@brightside.example');
    const none = suggestAssistant({}, { assistants: [] }, stranger);
    expect(none.to).toBe('kai@example.de');
    expect(none.choices).toEqual([{ email: 'kai@example.de', label: 'Kai, in your open email' }]);
    expect(suggestAssistant({}, { assistants: [] }).to).toBe('');
  });
});
