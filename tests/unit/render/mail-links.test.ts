import { describe, expect, it } from 'vitest';
import { gmailComposeUrl, MAILTO_BODY_LIMIT, mailtoUrl } from '../../../utils/core/render';

const param = (url: string, name: string) => {
  const m = url.match(new RegExp(`[?&]${name}=([^&]*)`));
  return m ? decodeURIComponent(m[1]) : undefined;
};

describe('mail links', () => {
  const body = 'Outcome: grow the account 🚀\n- three posts & a reel\n- "brand" tone = friendly?';

  it('gmail: keeps a short body, and every field round-trips', () => {
    const url = gmailComposeUrl('maria@example.com', 'Outcome: a & b\nc', body);
    expect(url.startsWith('https://mail.google.com/mail/?view=cm&fs=1&to=')).toBe(true);
    expect(param(url, 'to')).toBe('maria@example.com');
    expect(param(url, 'su')).toBe('Outcome: a & b c');
    expect(param(url, 'body')).toBe(body);
  });

  it('mailto: CRLF line breaks, encoded subject and body', () => {
    const url = mailtoUrl('maria@example.com', 'Outcome: 50% & more', body);
    expect(url.startsWith('mailto:maria@example.com?subject=')).toBe(true);
    expect(param(url, 'subject')).toBe('Outcome: 50% & more');
    expect(param(url, 'body')).toBe(body.replace(/\n/g, '\r\n'));
    expect(url).not.toMatch(/[\s"<>]/);
  });

  it('drops a body that would make the link too long, keeping recipient and subject', () => {
    const long = 'x'.repeat(MAILTO_BODY_LIMIT + 1);
    for (const make of [gmailComposeUrl, mailtoUrl]) {
      const url = make('maria@example.com', 'Subject', long);
      expect(url).not.toContain('body=');
      expect(url).toContain('Subject');
      expect(url.length).toBeLessThan(2000);
    }
    // Short in characters but long once encoded (each emoji is 12 encoded characters).
    expect(mailtoUrl('a@b.test', 's', '🚀'.repeat(200))).not.toContain('body=');
    expect(mailtoUrl('a@b.test', 's', '🚀'.repeat(100))).toContain('body=');
  });

  it('counts recipient and subject towards the whole-link limit', () => {
    const url = gmailComposeUrl('a@b.test', 's'.repeat(1000), 'y'.repeat(1500));
    expect(url).not.toContain('body=');
    expect(gmailComposeUrl('a@b.test', 's', 'y'.repeat(1500))).toContain('body=');
  });
});
