// The writer's notices (utils/core/rewrite/notices.ts) in the owner's language.
import type { WriterNotice } from '../utils/core/rewrite/notices';
import { t, uiLanguage } from '../utils/platform/i18n';

/** "Italian", "Italienisch", "italiano": the task's language named in the UI's language. */
function languageName(code: string): string {
  try {
    const name = code ? new Intl.DisplayNames([uiLanguage()], { type: 'language' }).of(code) : undefined;
    if (name && name !== code) return name;
  } catch {
    // An unknown code: named generically below.
  }
  return t('writer.anotherLanguage');
}

function noticeText(n: WriterNotice): string {
  switch (n.kind) {
    case 'empty':
      return t('writer.empty');
    case 'shortened':
      return t('writer.shortened', { max: n.max });
    case 'other-language':
      return t('writer.otherLanguage', { language: languageName(n.language) });
    case 'not-a-task':
      return t('writer.notATask', { title: n.title });
    case 'fallback':
      return t('writer.fallback');
    case 'plain':
      return t('writer.plain');
    case 'generic':
      return t('writer.generic');
    case 'instructions':
      return n.text !== undefined ? t('writer.oneInstruction', { text: n.text }) : t('writer.instructions', { count: n.count });
    case 'steps':
      return t('writer.steps');
  }
}

/** Everything the writer said about a brief, as one paragraph. */
export const noticesText = (notices: readonly WriterNotice[]): string => notices.map(noticeText).join(' ');
