import type { Brief } from '../utils/core/model/brief';
import { CATEGORIES, STATUSES, TRIAGE, type Category, type Status, type Triage } from '../utils/core/model/categories';
import { categoryName, groupHeading, sectionHint, sectionLabel, triageLabel } from './labels';
import { SECTION_GROUPS, type SectionKey } from '../utils/core/model/sections';
import { confirmSection, editSection } from '../utils/core/checklist/section-edits';
import { t } from '../utils/platform/i18n';

export type BriefPatch = Partial<Pick<Brief, 'title' | 'category' | 'triage' | 'status' | 'suggested' | 'instructions'>> & {
  sections?: Partial<Brief['sections']>;
};

const rowsFor = (text: string) => Math.min(8, Math.max(2, text.split('\n').length + 1));

const STATUS_LABEL: Record<Status, string> = {
  draft: t('status.draft'),
  ready: t('status.ready'),
  sent: t('status.sent'),
  active: t('status.active'),
  done: t('status.done'),
};

/** The whole brief as a form. `idPrefix` keeps label ids unique when two editors share a page. */
export function BriefEditor({
  brief,
  onChange,
  idPrefix = 'brief',
}: {
  brief: Brief;
  onChange: (patch: BriefPatch) => void;
  idPrefix?: string;
}) {
  const id = (k: string) => `${idPrefix}-${k}`;
  const setSection = (key: SectionKey, value: string) => onChange(editSection(brief, key, value));
  const suggested = new Set(brief.suggested ?? []);
  return (
    <form class="brief-editor" onSubmit={(e) => e.preventDefault()} aria-label={t('editor.label')}>
      <label for={id('title')}>{t('editor.name')}</label>
      <input
        id={id('title')}
        dir="auto"
        value={brief.title}
        maxLength={20_000}
        onInput={(e) => onChange({ title: e.currentTarget.value })}
      />
      <div class="row">
        <div class="grow">
          <label for={id('category')}>{t('editor.category')}</label>
          <select
            id={id('category')}
            data-testid="brief-category"
            data-value={brief.category}
            value={brief.category}
            onChange={(e) => onChange({ category: e.currentTarget.value as Category })}
          >
            {CATEGORIES.map((c) => (
              <option key={c.slug} value={c.slug}>
                {categoryName(c.slug)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label for={id('triage')}>{t('editor.triage')}</label>
          <select
            id={id('triage')}
            data-testid="brief-triage"
            value={brief.triage}
            onChange={(e) => onChange({ triage: e.currentTarget.value as Triage })}
          >
            {TRIAGE.map((t) => (
              <option key={t} value={t}>
                {triageLabel(t)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label for={id('status')}>{t('editor.status')}</label>
          <select
            id={id('status')}
            data-testid="brief-status"
            value={brief.status}
            onChange={(e) => onChange({ status: e.currentTarget.value as Status })}
          >
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {STATUS_LABEL[s]}
              </option>
            ))}
          </select>
        </div>
      </div>
      {SECTION_GROUPS.map((group) => (
        <fieldset key={group.id}>
          <legend>{groupHeading(group.id)}</legend>
          {group.fields.map((field) => {
            const value = brief.sections[field.key];
            const isSuggested = suggested.has(field.key) && value.trim() !== '';
            const common = {
              id: id(field.key),
              dir: 'auto' as const,
              'data-testid': 'brief-section',
              'data-section': field.key,
              'data-suggested': isSuggested ? 'true' : undefined,
              class: isSuggested ? 'suggested-field' : undefined,
              value,
              'aria-describedby': id(`${field.key}-hint`),
              maxLength: 20_000,
              onInput: (e: { currentTarget: HTMLInputElement | HTMLTextAreaElement }) =>
                setSection(field.key, e.currentTarget.value),
            };
            return (
              <div key={field.key}>
                <div class="row field-head">
                  <label for={id(field.key)} class="grow">
                    {group.fields.length > 1 || field.label !== group.heading ? sectionLabel(field.key) : groupHeading(group.id)}
                  </label>
                  {isSuggested && (
                    <>
                      <span class="suggested-badge">{t('editor.suggested')}</span>
                      <button
                        type="button"
                        class="small"
                        data-testid="confirm-section"
                        data-section={field.key}
                        aria-label={t('editor.confirmLabel', { field: sectionLabel(field.key) })}
                        onClick={() => onChange(confirmSection(brief, field.key))}
                      >
                        {t('editor.confirm')}
                      </button>
                    </>
                  )}
                </div>
                <span class="hint" id={id(`${field.key}-hint`)}>
                  {sectionHint(field.key)}
                </span>
                {field.key === 'outcome' || field.multiline ? (
                  <textarea {...common} rows={rowsFor(value)} />
                ) : (
                  <input {...common} />
                )}
              </div>
            );
          })}
        </fieldset>
      ))}
    </form>
  );
}
