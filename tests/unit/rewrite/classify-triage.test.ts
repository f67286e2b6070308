import { describe, expect, it, test } from 'vitest';
import { categoryFromLabels, classify, rewriteTask, suggestTriage } from '../../../utils/core/rewrite';

describe('classify', () => {
  it.each([
    ['Book dentist appointment', 'other'],
    ['Transcribe interview with a candidate', 'transcription'],
    ['Post job ad on LinkedIn', 'hiring'],
    ['Create Instagram engagement report', 'reports'],
    ['Research Instagram competitors', 'market-research'],
    ['INSTAGARM posts x3', 'social-media'],
    ['reserch pricing of competitors', 'market-research'],
    ['book ski resort', 'other'],
    ['Pay the electricity bill', 'other'],
  ] as const)('%s → %s', (title, category) => {
    expect(classify(title)).toBe(category);
  });

  it('lets the description tip a vague title', () => {
    expect(classify('Draft this')).toBe('other');
    expect(classify('Draft this', 'Slides for the quarterly review presentation')).toBe('reports');
  });
});

describe('suggestTriage', () => {
  it.each([
    ['Maybe redesign logo someday', 'eliminate'],
    ['Unsubscribe from newsletters', 'eliminate'],
    ['FYI: new parking rules', 'eliminate'],
    ['Call mom', 'keep'],
    ['Decide on pricing', 'keep'],
    ['Approve the budget', 'keep'],
    ['Sign the contract with Acme', 'keep'],
    ['Pay taxes', 'keep'],
    ['Meet investor for coffee', 'keep'],
    ['Schedule a meeting with the investor', 'delegate'],
    ['Book dentist appointment', 'delegate'],
    ['Cancel unused subscriptions', 'delegate'],
    ['Transcribe podcast episode 12', 'delegate'],
    ['', 'delegate'],
  ] as const)('%s → %s', (title, triage) => {
    expect(suggestTriage({ title })).toBe(triage);
  });

  it('eliminates what sits in a someday list', () => {
    expect(suggestTriage({ title: 'Learn the ukulele', list: 'Someday / Maybe' })).toBe('eliminate');
    expect(suggestTriage({ title: 'Learn the ukulele', list: 'This week' })).not.toBe('eliminate');
  });
});

describe('labels the owner put on a card', () => {
  test('a label naming a kind of work decides the category', () => {
    expect(rewriteTask({ title: 'Sourdough prices', labels: ['Market research'] }).category).toBe('market-research');
    expect(rewriteTask({ title: 'Post photos of the new buns', labels: ['urgent', 'Data-entry'] }).category).toBe('data-entry');
    expect(categoryFromLabels(['Social'])).toBe('social-media');
    expect(categoryFromLabels(['Urgent', 'Q4'])).toBeUndefined();
  });

  test('what nearby shops charge is market research even without a label', () => {
    expect(classify('Find out what the three nearest bakeries charge for sourdough')).toBe('market-research');
  });
});

describe('a label naming a triage is the owner’s own call', () => {
  test.each([
    ['Eliminate?', 'eliminate'],
    ["Won't do", 'eliminate'],
    ['Eliminieren', 'eliminate'],
    ['Delegate', 'delegate'],
    ['Keep', 'keep'],
    ['Déléguer', 'delegate'],
  ] as const)('%s → %s', (label, triage) => {
    expect(rewriteTask({ title: 'Reformat the 2019 flyer archive nobody opens', labels: ['Urgent', label] }).triage).toBe(triage);
  });
  test('a label that only mentions the word does not decide', () => {
    expect(rewriteTask({ title: 'Write the onboarding email', labels: ['Keep it short'] }).triage).toBe('delegate');
  });
});
