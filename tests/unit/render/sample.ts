import { emptySections, type Sections } from '../../../utils/core/model/sections';
import type { RenderableBrief } from '../../../utils/core/render';

export const fullSections = (): Sections => ({
  ...emptySections(),
  outcome: 'The Instagram account grows steadily and stays on-brand',
  measure: '+10% followers a quarter',
  why: 'Instagram brings most of our new customers.',
  doneLooksLike: '- Three posts a week\n- Every post uses the brand palette',
  cadence: 'Three posts a week',
  deadlines: 'First post by Friday',
  standards: '- Friendly tone\n- Brand palette only',
  never: 'Never post customer photos without consent',
  tools: 'Canva Pro\nUnsplash+',
  sources: 'Our blog posts',
  decideAlone: 'Jumping on a trending hashtag',
  informAfter: 'Replying to comments',
  proposeFirst: 'Paid promotions',
  spendingLimit: '$50 a month',
  escalation: 'One problem, three options, one recommendation',
  reportWhat: 'Followers and engagement',
  reportCadence: 'Weekly',
  reportChannel: 'Email',
  reportFormat: 'Status, what changed, what is next, one artefact',
  checkIns: 'Monthly call',
});

export const fullBrief = (over: Partial<RenderableBrief> = {}): RenderableBrief => ({
  title: 'Post on Instagram 3x a week',
  category: 'social-media',
  sections: fullSections(),
  source: { url: 'https://trello.com/c/abc123/1-post', title: 'Post on Instagram 3x a week', source: 'trello' },
  ...over,
});

export const HOSTILE = [
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '"><svg onload=alert(1)>',
  '[x](javascript:alert(1))',
];

/** A brief with hostile text in the title and every kind of field. */
export const hostileBrief = (): RenderableBrief => {
  const sections = emptySections();
  sections.outcome = HOSTILE.join(' ');
  sections.why = HOSTILE.join('\n');
  sections.measure = HOSTILE[2];
  sections.decideAlone = `${HOSTILE[3]}\n${HOSTILE[0]}`;
  return {
    title: HOSTILE.join(' '),
    category: 'x" onclick="alert(1)',
    sections,
    source: { url: 'javascript:alert(1)', title: HOSTILE[1], source: 'trello' },
  };
};
