// Compose links carry plain text only, and links longer than about 2,000 characters break in
// common clients: a body that does not fit is left out (the formatted brief goes by clipboard
// or insertion instead) rather than cut mid-sentence.
import { oneLine } from './escape';

/** Most a percent-encoded body may take up in a link. */
export const MAILTO_BODY_LIMIT = 1800;
/** Whole-link ceiling, including recipient and subject. */
export const MAIL_URL_LIMIT = 2000;

const enc = encodeURIComponent;
// "@" and "," are legal in a mailto address list and some clients do not decode %40.
const encAddress = (to: string) => enc(oneLine(to)).replace(/%40/g, '@').replace(/%2C/gi, ',');

function withBody(base: string, encodedBody: string | undefined): string {
  if (!encodedBody) return base;
  const url = `${base}&body=${encodedBody}`;
  return encodedBody.length <= MAILTO_BODY_LIMIT && url.length < MAIL_URL_LIMIT ? url : base;
}

export function gmailComposeUrl(to: string, subject: string, body?: string): string {
  const base = `https://mail.google.com/mail/?view=cm&fs=1&to=${enc(oneLine(to))}&su=${enc(oneLine(subject))}`;
  return withBody(base, body ? enc(body.replace(/\r\n?/g, '\n')) : undefined);
}

export function mailtoUrl(to: string, subject: string, body?: string): string {
  const base = `mailto:${encAddress(to)}?subject=${enc(oneLine(subject))}`;
  // RFC 6068: line breaks in a mailto body are CRLF.
  return withBody(base, body ? enc(body.replace(/\r?\n|\r/g, '\r\n')) : undefined);
}
