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

type TextKey = Exclude<keyof Presets, 'tools' | 'assistants' | 'lastAssistant'>;

const FIELDS: { key: TextKey; label: string; hint: string; lines?: number }[] = [
  { key: 'standards', label: 'Brand standards and tone', hint: 'Added to every brief’s standards.', lines: 4 },
  { key: 'sources', label: 'Content sources', hint: 'Where assistants pull material from, one per line.', lines: 3 },
  { key: 'decideAlone', label: 'Decisions your assistant makes alone', hint: 'One per line.', lines: 3 },
  { key: 'proposeFirst', label: 'Decisions to propose to you first', hint: 'One per line.', lines: 3 },
  { key: 'spendingLimit', label: 'Spending limit without asking', hint: 'For example “Up to $50 a month”.' },
  { key: 'reportCadence', label: 'Default report cadence', hint: 'For example “Every Friday”.' },
  { key: 'reportChannel', label: 'Default report channel', hint: 'For example “Email”.' },
  { key: 'reportFormat', label: 'Default report format', hint: 'For example “Status, what changed, what’s next, one artefact”.', lines: 2 },
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
      {items.length === 0 && <p class="hint">None yet.</p>}
      {items.map((item, i) => (
        <div class="row" key={i}>
          {columns.map((c) => (
            <label key={c.key} class="grow">
              {c.label}
              <input type={c.type ?? 'text'} dir="auto" value={item[c.key]} onInput={(e) => edit(i, c.key, e.currentTarget.value)} />
            </label>
          ))}
          <button type="button" aria-label={`Remove ${legend.toLowerCase()} ${i + 1}`} onClick={() => onChange(items.filter((_, j) => j !== i))}>
            Remove
          </button>
        </div>
      ))}
      <button type="button" class="actions" onClick={() => onChange([...items, { ...blank }])}>
        Add
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
      <legend>Keyboard shortcuts</legend>
      <ul class="check-list">
        {list.map((c) => (
          <li key={c.name} data-testid="shortcut">
            <span class="grow">{c.description}</span> <kbd>{c.shortcut || 'not set'}</kbd>
          </li>
        ))}
      </ul>
      <p class="hint">Change them at chrome://extensions/shortcuts (Firefox: Add-ons › ⚙ › Manage Extension Shortcuts).</p>
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
      tools: presets.tools.filter((t) => t.name.trim()),
      assistants: presets.assistants.filter((a) => a.email.trim()),
    };
    const bad = cleaned.assistants.find((a) => !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(a.email.trim()));
    if (bad) return setError(`“${bad.email}” is not an email address. Fix it or remove that assistant, then save again.`);
    const parsed = presetsSchema.safeParse(cleaned);
    if (!parsed.success) return setError('Some settings are too long to save. Shorten the longest fields and try again.');
    try {
      await (await drafts()).savePresets(parsed.data);
      setPresets(parsed.data);
      setSaid('Saved. New briefs use these settings.');
    } catch (err) {
      setError(errorText(err));
    }
  };
  return (
    <main class="drafts-page settings-page">
      <h1>Outcome Briefs settings</h1>
      <p class="muted">Your standards, tools and reporting rules, filled into every new brief. Kept in this browser only.</p>
      <form onSubmit={save} aria-labelledby="presets-heading">
        <h2 id="presets-heading">Presets for every new brief</h2>
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
          legend="Tools and access"
          testid="preset-tools"
          items={presets.tools}
          blank={{ name: '', link: '', access: '' }}
          columns={[
            { key: 'name', label: 'Tool' },
            { key: 'link', label: 'Link', type: 'url' },
            { key: 'access', label: 'Access given' },
          ]}
          onChange={(tools) => setPresets({ ...presets, tools })}
        />
        <ListEditor<Assistant>
          legend="Assistants"
          testid="preset-assistants"
          items={presets.assistants}
          blank={{ name: '', email: '' }}
          columns={[
            { key: 'name', label: 'Name' },
            { key: 'email', label: 'Email', type: 'email' },
          ]}
          onChange={(assistants) => setPresets({ ...presets, assistants })}
        />
        <div class="row">
          <button type="submit" class="primary" data-testid="save-presets">
            Save settings
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
