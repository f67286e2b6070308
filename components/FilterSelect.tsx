import { t } from '../utils/platform/i18n';
/** A labelled filter: an "All" choice first, then the given options. */
export function FilterSelect<T extends string>({
  label,
  value,
  options,
  onChange,
  testid,
}: {
  label: string;
  value: T | 'all';
  options: readonly (T | { value: T; label: string })[];
  onChange: (value: T | 'all') => void;
  testid?: string;
}) {
  return (
    <label>
      {label}
      <select data-testid={testid} value={value} onChange={(e) => onChange(e.currentTarget.value as T | 'all')}>
        <option value="all">{t('common.all')}</option>
        {options.map((o) => {
          const { value: v, label: text } = typeof o === 'string' ? { value: o, label: o } : o;
          return (
            <option key={v} value={v}>
              {text}
            </option>
          );
        })}
      </select>
    </label>
  );
}
