// The answer a model must give: the brief's sections object, limited to the sections it may
// write. One zod schema serves twice: as JSON Schema it constrains the model (the Prompt API's
// responseConstraint, an endpoint's response_format), and it validates what comes back.
import { z } from '../model/zod';
import type { SectionKey } from '../model/sections';

/** Longer than any section a person would send; a model running on past this is not answering. */
export const SECTION_MAX = 2_000;

export function answerSchema(keys: SectionKey[]) {
  return z.object({
    sections: z.object(Object.fromEntries(keys.map((k) => [k, z.string().max(SECTION_MAX)])) as Record<SectionKey, z.ZodString>),
  });
}

export type Answer = z.infer<ReturnType<typeof answerSchema>>;

const withoutLengths = (node: unknown): unknown => {
  if (Array.isArray(node)) return node.map(withoutLengths);
  if (typeof node !== 'object' || node === null) return node;
  return Object.fromEntries(Object.entries(node).filter(([k]) => k !== 'maxLength' && k !== 'minLength').map(([k, v]) => [k, withoutLengths(v)]));
};

/**
 * The JSON Schema given to the model. `lengths: false` drops maxLength, which OpenAI's strict
 * structured outputs refuse; the length is still checked when the answer is validated.
 */
export function responseSchema(keys: SectionKey[], options: { lengths?: boolean } = {}): Record<string, unknown> {
  const { $schema: _, ...schema } = z.toJSONSchema(answerSchema(keys)) as Record<string, unknown>;
  return (options.lengths === false ? withoutLengths(schema) : schema) as Record<string, unknown>;
}
