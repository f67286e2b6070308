import { describe, expect, test } from 'vitest';
import { allowedNumbers, checkAnswer, parseJsonAnswer, type AnswerContext } from '../../../utils/core/ai/answer';
import { answerSchema, responseSchema, SECTION_MAX } from '../../../utils/core/ai/schema';
import { scopeOf, taskOfBrief } from '../../../utils/core/ai/scope';
import { rewriteTask } from '../../../utils/core/rewrite';
import { briefFor, goodSections, presets } from './fixtures';

const { brief } = briefFor();
const rule = rewriteTask(taskOfBrief(brief).input, presets);
const scope = scopeOf(brief, rule, presets);
const ctx: AnswerContext = { frame: rule.frame, sections: brief.sections, open: scope.open, presets };
const reply = (sections: Record<string, string>) => JSON.stringify({ sections: Object.fromEntries(scope.open.map((k) => [k, sections[k] ?? ''])) });

describe('the schema given to the model', () => {
  test('is the brief’s sections object, only the open sections, every key required, nothing else allowed', () => {
    const schema = responseSchema(['outcome', 'measure']);
    expect(schema).not.toHaveProperty('$schema');
    expect(schema).toEqual({
      type: 'object',
      properties: {
        sections: {
          type: 'object',
          properties: { outcome: { type: 'string', maxLength: SECTION_MAX }, measure: { type: 'string', maxLength: SECTION_MAX } },
          required: ['outcome', 'measure'],
          additionalProperties: false,
        },
      },
      required: ['sections'],
      additionalProperties: false,
    });
  });

  test('for an endpoint, without the length keywords strict structured outputs refuse', () => {
    expect(JSON.stringify(responseSchema(scope.open, { lengths: false }))).not.toMatch(/maxLength/);
    expect(Object.keys((responseSchema(scope.open, { lengths: false }).properties as { sections: { properties: object } }).sections.properties)).toEqual(scope.open);
  });

  test('validates what comes back with the same zod schema', () => {
    expect(answerSchema(['outcome']).safeParse({ sections: { outcome: 'x'.repeat(SECTION_MAX + 1) } }).success).toBe(false);
    expect(answerSchema(['outcome']).safeParse({ sections: { outcome: 3 } }).success).toBe(false);
    expect(answerSchema(['outcome']).safeParse({ sections: { outcome: 'ok' } }).success).toBe(true);
  });
});

describe('reading a reply', () => {
  test('JSON as it is, in a fence, or inside chatty text', () => {
    expect(parseJsonAnswer('{"a":1}')).toEqual({ a: 1 });
    expect(parseJsonAnswer('Here you go:\n```json\n{"a":1}\n```')).toEqual({ a: 1 });
    expect(parseJsonAnswer('Sure! {"a":{"b":2}} Hope it helps')).toEqual({ a: { b: 2 } });
    expect(parseJsonAnswer('{"a":1')).toBeUndefined();
    expect(parseJsonAnswer('[1,2]')).toBeUndefined();
    expect(parseJsonAnswer('')).toBeUndefined();
  });
});

describe('checking an answer', () => {
  test('a good answer is taken: only the sections it changed, trimmed', () => {
    const r = checkAnswer(reply({ outcome: `  ${goodSections.outcome}\r\n`, measure: goodSections.measure, why: brief.sections.why }), ctx);
    expect(r).toEqual({ ok: true, sections: goodSections, changed: ['outcome', 'measure'] });
  });

  test('sections the owner wrote are ignored even when the model returns them', () => {
    const r = checkAnswer(JSON.stringify({ sections: { outcome: goodSections.outcome, standards: 'Anything goes' } }), ctx);
    expect(r).toMatchObject({ ok: true, changed: ['outcome'] });
  });

  test('without the wrapper, or with a key left out (a server without schema support), it is still read', () => {
    expect(checkAnswer(JSON.stringify({ outcome: goodSections.outcome }), ctx)).toMatchObject({ ok: true, changed: ['outcome'] });
  });

  test.each([
    ['not JSON', 'The outcome should be that posts are live.', 'bad-json', /not readable JSON/],
    ['cut short', '{"sections":{"outcome":"The 3 Insta', 'bad-json', /not readable JSON/],
    ['a number for a section', JSON.stringify({ sections: { outcome: 3 } }), 'shape', /not in the brief’s shape: something other than text for a section \(Outcome\)/],
    ['a runaway section', JSON.stringify({ sections: { why: 'x '.repeat(SECTION_MAX) } }), 'shape', /longer than 2,000 characters \(Why it matters\)/],
    ['a refusal in words', 'I’m sorry, but I can’t help with that.', 'refusal', /declined/],
    ['a refusal inside the JSON', reply({ outcome: "I'm sorry, I cannot assist with this request." }), 'refusal', /declined/],
    ['nothing changed', reply({ outcome: brief.sections.outcome }), 'no-change', /suggested no changes/],
    ['all empty', reply({}), 'no-change', /suggested no changes/],
  ])('%s: rejected (%s)', (_, text, kind, because) => {
    const r = checkAnswer(text, ctx);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.rejection.kind).toBe(kind);
      expect(r.rejection.because).toMatch(because);
    }
  });

  test.each([
    ['an invented number', { outcome: 'The 3 Instagram updates are live this week and reach 25,000 people.' }, 'invented', /Outcome: The number 25,000 is not in the task/],
    ['a question', { outcome: 'Are the 3 Instagram updates live this week?' }, 'question', /still a question/],
    ['an instruction', { outcome: 'Post the 3 Instagram updates this week.' }, 'imperative', /instruction, not a result/],
    ['the object lost', { outcome: 'Our feed looks fresh this week.' }, 'object', /failed the writer’s checks: Outcome: .* \(and \d+ more problems?\)/],
    ['a placeholder in another section', { outcome: goodSections.outcome, why: 'TBD' }, 'placeholder', /Why it matters: Holds a placeholder/],
  ])('%s fails the writer’s own verify step', (_, sections, check, because) => {
    const r = checkAnswer(reply(sections), ctx);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.rejection.kind).toBe('verify');
      expect(r.rejection.failures?.map((f) => f.check)).toContain(check);
      expect(r.rejection.because).toMatch(because);
    }
  });

  test('numbers from the owner’s presets and this brief are not invented', () => {
    expect(allowedNumbers(brief.sections, presets)).toEqual(expect.arrayContaining(['40', '3', '10']));
    const r = checkAnswer(reply({ outcome: goodSections.outcome, measure: 'All 3 updates are live this week, paid boosts within the $40 a month limit.' }), ctx);
    expect(r).toMatchObject({ ok: true, changed: ['outcome', 'measure'] });
  });
});
