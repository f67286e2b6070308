import { describe, expect, it } from 'vitest';
import { suggestAssistant } from '../../utils/core/assistant-suggestion';
import type { Person } from '../../utils/core/model/task';

const task = (people: Person[]) => ({ source: 'gmail' as const, id: 't', title: 'x', checklist: [], labels: [], assignees: [], people });
const presets = { assistants: [{ name: 'Ana Silva', email: 'Ana@VA-services.example' }, { name: 'Sam', email: 'sam@brightside.example' }], lastAssistant: 'sam@brightside.example' };

describe('suggestAssistant', () => {
  it('keeps the assistant the brief already names', () => {
    const s = suggestAssistant({ assistant: { name: 'Kai', email: 'kai@example.de' }, source: task([{ email: 'ana@va-services.example', role: 'from' }]) }, presets);
    expect(s.to).toBe('kai@example.de');
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
