// Whether a phrase of the owner's may be placed inside a sentence the writer builds.
import { describe, expect, it } from 'vitest';
import { phraseProblem } from '../../../utils/core/rewrite/placeable';

describe('placeable phrases', () => {
  it.each([
    'the 43 vaccination cards from the clinic',
    'a chart of enquiries vs bookings per month',
    'the magazines we never read',
    'customers who have not paid since March',
    'the zoom call transcript (Hollis kickoff)',
    'thank you cards',
    'all 2,000 followers',
    'order #4471',
  ])('places “%s”', (text) => {
    expect(phraseProblem(text, 'subject')).toBeUndefined();
  });

  it.each([
    ['the asset register – add the laptops', /separator/],
    ['Client birthdays: add them', /separator/],
    ['the Shopify orders aren’t syncing', /clause/],
    ['someone needs to copy them', /clause|pronoun/],
    ['the of mediators', /starts with/],
    ['the final figures for', /ends with/],
    ['the report EVERY week', /shouted/],
    ['the quarterly figures incl.', /abbreviation/],
    ['photograph it', /instruction|pronoun/],
    ['scope out soft play companies', /instruction/],
    ['the Bramley pack, P&L', /comma/],
    ['the speeches from the wedding video typed', /participle/],
  ])('refuses “%s”', (text, why) => {
    expect(phraseProblem(text, 'subject')).toMatch(why);
  });

  it('lets a slot hold a pronoun but not a subject', () => {
    expect(phraseProblem('them', 'slot')).toBeUndefined();
    expect(phraseProblem('them', 'subject')).toMatch(/pronoun/);
  });
});
