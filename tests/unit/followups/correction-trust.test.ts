import { describe, expect, it } from 'vitest';
import { addPoint, draftCorrection, draftPoint } from '../../../utils/core/followups/correction';
import type { FollowUp, Report } from '../../../utils/core/followups/model';
import { followUp } from './fixtures';
import { goodRun, rankItems, trustSuggestion, widenDecision } from '../../../utils/core/followups/trust';
import { emptySections } from '../../../utils/core/model/sections';

const ctx = {
  assistantName: 'Ana Lopez',
  title: 'Post 3 Instagram updates this week',
  sections: {
    outcome: 'The Instagram account grows steadily and stays on-brand.',
    why: 'Post 3 Instagram updates this week\nSocial media is where customers see us most often',
  },
};

describe('gentle correction', () => {
  const m = draftCorrection(
    {
      saw: 'Tuesday’s post used a meme template',
      goal: "I'm going for calm, helpful posts in our own look",
      example: 'the spring recipe carousel',
      point: '',
    },
    ctx,
  );

  it('says what I am after and why, what I saw, an example, what to adjust, and that the work stays theirs', () => {
    expect(m.paragraphs).toEqual([
      'Hi Ana,',
      'A quick note on “The Instagram account grows steadily and stays on-brand”, so we stay on the same page.',
      "What I'm after: I'm going for calm, helpful posts in our own look. It matters because social media is where customers see us most often.",
      'What I noticed: Tuesday’s post used a meme template.',
      'An example of what I mean: the spring recipe carousel.',
      'Next time: calm, helpful posts in our own look.',
      "The work stays yours: you know it best, so adjust course the way you think works. Thanks for everything you're doing.",
    ]);
    expect(m.text).toBe(`${m.paragraphs.join('\n\n')}\n`);
    expect(m.subject).toBe('A note on The Instagram account grows steadily and stays on-brand');
  });

  it('HTML is one styled paragraph per line of the message, with page text escaped', () => {
    const hostile = draftCorrection({ saw: '<img src=x onerror=alert(1)>', goal: 'a & b', example: '', point: '' }, { ...ctx, assistantName: '' });
    expect(hostile.html).not.toMatch(/<img/);
    expect(hostile.html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(hostile.html.match(/<p style="margin:0 0 10px;line-height:1.5">/g)).toHaveLength(hostile.paragraphs.length);
    expect(hostile.paragraphs[0]).toBe('Hi,');
  });

  it('without a goal it points at the brief, and still says what to adjust', () => {
    const bare = draftCorrection({ saw: 'Two posts went out late', goal: '', example: '', point: '' }, ctx);
    expect(bare.text).toMatch(/What I'm after is the outcome in the brief: The Instagram account grows steadily and stays on-brand\./);
    expect(bare.text).toMatch(/Next time: keep to the standards in the brief/);
  });

  it('the point to add to the brief comes from the goal, and is added once', () => {
    expect(draftPoint("I'm going for calm, helpful posts. Not memes.")).toBe('Calm, helpful posts');
    const s = { ...emptySections(), standards: 'On-brand colours\n' };
    const once = addPoint(s, 'standards', 'Calm, helpful posts');
    expect(once.standards).toBe('On-brand colours\nCalm, helpful posts');
    expect(addPoint(once, 'standards', 'calm, helpful posts')).toBe(once);
    expect(addPoint(s, 'never', 'Never use meme templates').never).toBe('Never use meme templates');
  });
});

const report = (i: number, how: Report['how'], note = ''): Report => ({ id: `r${i}`, receivedOn: `2026-12-${String(i).padStart(2, '0')}`, note, how, at: i * 100 });
const follow = (reports: Report[], extra: Partial<FollowUp> = {}): FollowUp => followUp({ briefId: 'b', plan: null, reports, ...extra });

describe('trust that grows', () => {
  const proposeFirst = 'Paid promotion or boosted posts\nCampaigns, giveaways or collaborations with other accounts\nAnything about a complaint';

  it('counts good reports since the last correction, widening or "not now"', () => {
    expect(goodRun(follow([report(1, 'on-track'), report(2, 'correction'), report(3, 'on-track'), report(4, 'initiative')]))).toBe(2);
    expect(goodRun(follow([report(1, 'on-track'), report(2, 'on-track'), report(3, 'on-track')], { corrections: [{ id: 'c', at: 150, saw: '', goal: '', example: '', point: '', message: '' }] }))).toBe(2);
    expect(goodRun(follow([report(1, 'on-track'), report(2, 'on-track')], { widenings: [{ at: 250, item: 'x', revision: 2 }] }))).toBe(0);
    expect(goodRun(follow([report(1, 'on-track'), report(2, 'on-track')], { trustDismissedAt: 150 }))).toBe(1);
  });

  it('suggests a named item after a run, low risk and related to initiatives first', () => {
    const f = follow([report(1, 'on-track'), report(2, 'initiative', 'Ran a giveaway with a local bakery account'), report(3, 'on-track')]);
    expect(trustSuggestion(f, { proposeFirst }, 4)).toBeUndefined();
    const s = trustSuggestion(f, { proposeFirst }, 3)!;
    expect(s.run).toBe(3);
    expect(s.item).toBe('Campaigns, giveaways or collaborations with other accounts');
    expect(s.choices).toHaveLength(3);
    // Paid and complaint items come last.
    expect(rankItems(proposeFirst, []).slice(-2)).toEqual(['Paid promotion or boosted posts', 'Anything about a complaint']);
    expect(trustSuggestion(f, { proposeFirst: '' }, 3)).toBeUndefined();
  });

  it('moves exactly that item from propose first to decide alone', () => {
    const s = { ...emptySections(), proposeFirst, decideAlone: 'What to post and when' };
    const next = widenDecision(s, 'Campaigns, giveaways or collaborations with other accounts');
    expect(next.proposeFirst).toBe('Paid promotion or boosted posts\nAnything about a complaint');
    expect(next.decideAlone).toBe('What to post and when\nCampaigns, giveaways or collaborations with other accounts');
    expect(() => widenDecision(next, 'Campaigns, giveaways or collaborations with other accounts')).toThrow(/no longer in/);
    // A bulleted item is found by its text.
    expect(widenDecision({ ...s, proposeFirst: '- Paid ads\n- Giveaways' }, 'Giveaways').proposeFirst).toBe('- Paid ads');
  });
});
