export { escapeHtml, escapeMarkdown, safeHttpUrl } from './escape';
export type { RenderableBrief } from './layout';
export { renderText, emailSubject, SUBJECT_MAX } from './text';
export { renderMarkdown } from './markdown';
export { renderEmailHtml } from './email-html';
export { MAILTO_BODY_LIMIT, MAIL_URL_LIMIT, gmailComposeUrl, mailtoUrl } from './mail-links';
