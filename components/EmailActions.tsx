import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { suggestAssistant } from '../utils/core/assistant-suggestion';
import type { Brief } from '../utils/core/model/brief';
import type { Presets } from '../utils/core/model/presets';
import type { Person } from '../utils/core/model/task';
import { emailSubject, renderEmailHtml, renderText } from '../utils/core/render';
import { sanitizeHtml } from '../utils/platform/sanitize/sanitize';
import { gmailComposeUrl } from '../utils/core/render/mail-links';
import { copyRich } from '../utils/platform/clipboard';
import { askTab } from '../utils/platform/messages';
import { drafts } from '../utils/storage/drafts-client';
import { Alert } from './Alert';
import { t } from '../utils/platform/i18n';

/** Copy, insert into an open Gmail compose, or start an email to the assistant. */
export function EmailActions({
  brief,
  presets,
  composeTabId,
  onSent,
  composeTo,
}: {
  brief: Brief;
  presets: Presets;
  /** The bound tab, when it has a mail compose body open. */
  composeTabId?: number;
  /** The brief left the extension (copied, inserted, emailed): follow-up asks whether it was sent. */
  onSent?: (via: 'copy' | 'insert' | 'email', email?: string) => void;
  /** Who that open compose window is addressed to. */
  composeTo?: Person[];
}) {
  const [done, setDone] = useState('');
  const [error, setError] = useState('');
  // The people on the mail the task came from, or in the open compose, can be the right one.
  const { to: fallback, choices } = suggestAssistant(brief, presets, composeTo);
  const [typed, setTo] = useState<string>();
  // Presets load after the first paint: until the person types, follow them.
  const to = typed ?? fallback;

  const run = async (action: () => Promise<string>) => {
    setDone('');
    setError('');
    try {
      setDone(await action());
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  const copy = () =>
    run(async () => {
      await copyRich(renderEmailHtml(brief), renderText(brief));
      onSent?.('copy', to);
      return t('email.copied');
    });

  const insert = () =>
    run(async () => {
      const result = await askTab(composeTabId!, {
        type: 'insert-brief',
        // HTML only crosses into a web page after DOMPurify has seen it.
        html: sanitizeHtml(renderEmailHtml(brief), { allowStyle: true }),
        text: renderText(brief),
        subject: emailSubject(brief),
      });
      if (!result?.ok) throw new Error(result?.error ?? t('email.noAnswer'));
      onSent?.('insert', to);
      return result.subjectFilled ? t('email.insertedWithSubject') : t('email.inserted');
    });

  const emailAssistant = () =>
    run(async () => {
      const text = renderText(brief);
      await copyRich(renderEmailHtml(brief), text);
      await browser.tabs.create({ url: gmailComposeUrl(to, emailSubject(brief), text) });
      const store = await drafts();
      const current = await store.getPresets();
      await store.savePresets({ ...current, lastAssistant: to });
      onSent?.('email', to);
      return t('email.composeOpened');
    });

  return (
    <section aria-label={t('email.label')}>
      <div class="row">
        <button type="button" class="primary" data-testid="copy-email" onClick={copy}>
          {t('email.copy')}
        </button>
        {composeTabId !== undefined && (
          <button type="button" data-testid="insert-email" onClick={insert}>
            {t('email.insert')}
          </button>
        )}
      </div>
      <div class="row actions">
        <label class="visually-hidden" for="email-to">
          {t('email.assistantEmail')}
        </label>
        <input
          id="email-to"
          class="grow"
          type="email"
          list="assistant-list"
          placeholder={t('email.assistantEmail')}
          value={to}
          onInput={(e) => setTo(e.currentTarget.value)}
        />
        <datalist id="assistant-list">
          {choices.map((c) => (
            <option key={c.email} value={c.email}>
              {c.label}
            </option>
          ))}
        </datalist>
        <button type="button" data-testid="email-assistant" onClick={emailAssistant}>
          {t('email.emailAssistant')}
        </button>
      </div>
      <p role="status" class="status" aria-live="polite">
        {done}
      </p>
      {error && <Alert onDismiss={() => setError('')}>{error}</Alert>}
    </section>
  );
}
