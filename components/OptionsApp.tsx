import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { drafts, errorText } from '../utils/storage/drafts-client';
import { emptyPresets, type Presets, type Tool } from '../utils/core/model/presets';
import { presetsSchema } from '../utils/core/model/presets-schema';
import type { Assistant } from '../utils/core/model/brief';
import { AiSettings } from './AiSettings';
import { Alert } from './Alert';
import { FollowUpSettings } from './FollowUpSettings';
import { SitesSettings } from './SitesSettings';
import { t } from '../utils/platform/i18n';

type TextKey = Exclude<keyof Presets, 'tools' | 'assistants' | 'lastAssistant'>;

const FIELDS: { key: TextKey; label: string; hint: string; lines?: number }[] = [
  { key: 'standards', label: t('options.standards'), hint: t('options.standardsHint'), lines: 4 },
  { key: 'sources', label: t('options.sources'), hint: t('options.sourcesHint'), lines: 3 },
  { key: 'decideAlone', label: t('options.decideAlone'), hint: t('options.onePerLine'), lines: 3 },
  { key: 'proposeFirst', label: t('options.proposeFirst'), hint: t('options.onePerLine'), lines: 3 },
  { key: 'spendingLimit', label: t('options.spendingLimit'), hint: t('options.spendingLimitHint') },
  { key: 'reportCadence', label: t('options.reportCadence'), hint: t('options.reportCadenceHint') },
  { key: 'reportChannel', label: t('options.reportChannel'), hint: t('options.reportChannelHint') },
  { key: 'reportFormat', label: t('options.reportFormat'), hint: t('options.reportFormatHint'), lines: 2 },
];

function ListEditor<T extends { [K in keyof T]: string }>({
  legend,
  items,
  columns,
  blank,
  onChange,
  testid,
}: {
  legend: string;
  items: T[];
  columns: { key: keyof T & string; label: string; type?: string }[];
  blank: T;
  onChange: (items: T[]) => void;
  testid: string;
}) {
  const edit = (i: number, key: keyof T, value: string) => onChange(items.map((it, j) => (j === i ? { ...it, [key]: value } : it)));
  return (
    <fieldset data-testid={testid}>
      <legend>{legend}</legend>
      {items.length === 0 && <p class="hint">{t('options.noneYet')}</p>}
      {items.map((item, i) => (
        <div class="row" key={i}>
          {columns.map((c) => (
            <label key={c.key} class="grow">
              {c.label}
              <input type={c.type ?? 'text'} dir="auto" value={item[c.key]} onInput={(e) => edit(i, c.key, e.currentTarget.value)} />
            </label>
          ))}
          <button type="button" aria-label={t('options.removeItem', { item: legend, number: i + 1 })} onClick={() => onChange(items.filter((_, j) => j !== i))}>
            {t('follow.remove')}
          </button>
        </div>
      ))}
      <button type="button" class="actions" onClick={() => onChange([...items, { ...blank }])}>
        {t('options.add')}
      </button>
    </fieldset>
  );
}

interface Shortcut {
  name?: string;
  description?: string;
  shortcut?: string;
}

/** Chrome drops a suggested key that clashes with another; say so instead of promising it. */
function Shortcuts() {
  const [list, setList] = useState<Shortcut[]>([]);
  useEffect(() => {
    browser.commands
      .getAll()
      .then((all) => setList(all.filter((c) => c.description)))
      .catch(() => setList([]));
  }, []);
  if (!list.length) return null;
  return (
    <fieldset>
      <legend>{t('options.shortcuts')}</legend>
      <ul class="check-list">
        {list.map((c) => (
          <li key={c.name} data-testid="shortcut">
            <span class="grow">{c.description}</span> <kbd>{c.shortcut || t('options.notSet')}</kbd>
          </li>
        ))}
      </ul>
      <p class="hint">{t('options.changeShortcuts')}</p>
    </fieldset>
  );
}

export function OptionsApp() {
  const [presets, setPresets] = useState<Presets>(emptyPresets);
  const [said, setSaid] = useState('');
  const [error, setError] = useState('');
  useEffect(() => {
    drafts()
      .then((s) => s.getPresets())
      .then(setPresets)
      .catch((e) => setError(errorText(e)));
  }, []);
  const save = async (e: Event) => {
    e.preventDefault();
    setSaid('');
    setError('');
    const cleaned: Presets = {
      ...presets,
      tools: presets.tools.filter((tool) => tool.name.trim()),
      assistants: presets.assistants.filter((a) => a.email.trim()),
    };
    const bad = cleaned.assistants.find((a) => !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(a.email.trim()));
    if (bad) return setError(t('options.badEmail', { email: bad.email }));
    const parsed = presetsSchema.safeParse(cleaned);
    if (!parsed.success) return setError(t('options.tooLong'));
    try {
      await (await drafts()).savePresets(parsed.data);
      setPresets(parsed.data);
      setSaid(t('options.saved'));
    } catch (err) {
      setError(errorText(err));
    }
  };
  return (
    <main class="drafts-page settings-page">
      <h1>{t('options.heading')}</h1>
      <p class="muted">{t('options.intro')}</p>
      <form onSubmit={save} aria-labelledby="presets-heading">
        <h2 id="presets-heading">{t('options.presets')}</h2>
        {FIELDS.map((f) => (
          <div key={f.key}>
            <label for={`preset-${f.key}`}>{f.label}</label>
            <span class="hint" id={`preset-${f.key}-hint`}>
              {f.hint}
            </span>
            {f.lines ? (
              <textarea
                id={`preset-${f.key}`}
                data-testid={`preset-${f.key}`}
                aria-describedby={`preset-${f.key}-hint`}
                dir="auto"
                rows={f.lines}
                value={presets[f.key]}
                onInput={(e) => setPresets({ ...presets, [f.key]: e.currentTarget.value })}
              />
            ) : (
              <input
                id={`preset-${f.key}`}
                data-testid={`preset-${f.key}`}
                aria-describedby={`preset-${f.key}-hint`}
                dir="auto"
                value={presets[f.key]}
                onInput={(e) => setPresets({ ...presets, [f.key]: e.currentTarget.value })}
              />
            )}
          </div>
        ))}
        <ListEditor<Tool>
          legend={t('section.tools')}
          testid="preset-tools"
          items={presets.tools}
          blank={{ name: '', link: '', access: '' }}
          columns={[
            { key: 'name', label: t('options.tool') },
            { key: 'link', label: t('options.link'), type: 'url' },
            { key: 'access', label: t('options.access') },
          ]}
          onChange={(tools) => setPresets({ ...presets, tools })}
        />
        <ListEditor<Assistant>
          legend={t('options.assistants')}
          testid="preset-assistants"
          items={presets.assistants}
          blank={{ name: '', email: '' }}
          columns={[
            { key: 'name', label: t('follow.name') },
            { key: 'email', label: t('follow.email'), type: 'email' },
          ]}
          onChange={(assistants) => setPresets({ ...presets, assistants })}
        />
        <div class="row">
          <button type="submit" class="primary" data-testid="save-presets">
            {t('options.save')}
          </button>
          <p role="status" class="status" aria-live="polite">
            {said}
          </p>
        </div>
        {error && <Alert>{error}</Alert>}
      </form>
      <FollowUpSettings />
      <SitesSettings />
      <AiSettings />
      <Shortcuts />
    </main>
  );
}
