/**
 * Search and filters over History's list: words (vault name, ceremony or request id, what it acted
 * on), kind, outcome and environment. They apply to the ceremonies loaded; older pages join when shown.
 */
import { actedOn } from '../../../common/ceremony/acted-on';
import { CEREMONY_ORDER, CEREMONY_KINDS } from '../../../common/ceremony/kinds';
import type { Ceremony } from '../../../common/contract';
import { Field } from '../components/Field';
import { useT } from '../store/language';
import { EN, type MessageKey, type Translate } from '../../../common/i18n/translate';

export interface HistoryFilter {
  readonly words: string;
  readonly kind: Ceremony['kind'] | '';
  readonly outcome: string;
  readonly environment: string;
}

export const NO_FILTER: HistoryFilter = { words: '', kind: '', outcome: '', environment: '' };

const OUTCOMES: ReadonlyArray<readonly [string, MessageKey]> = [
  ['success', 'history.outcome.success'],
  ['failed', 'history.outcome.failed'],
  ['cancelled', 'history.outcome.cancelled'],
  ['abandoned', 'history.outcome.abandoned'],
  ['open', 'history.outcome.open'],
];

const ENVIRONMENTS: ReadonlyArray<readonly [string, MessageKey]> = [
  ['sandbox', 'history.filter.sandbox'],
  ['development', 'history.filter.development'],
  ['production', 'history.filter.production'],
];

/**
 * Whether a ceremony is one the officer is looking for: every filter set must hold. Its kind's title
 * is searched in English and in the screens' language (`t`), so either finds it.
 */
export function matchesFilter(c: Ceremony, f: HistoryFilter, t: Translate): boolean {
  if (f.kind && c.kind !== f.kind) return false;
  if (f.outcome && (c.outcome ?? 'open') !== f.outcome) return false;
  if (f.environment && c.environment !== f.environment) return false;
  const words = f.words.trim().toLowerCase();
  if (!words) return true;
  const haystack = [
    c.vaultName ?? '',
    c.id,
    c.tssRequestId ?? '',
    EN(CEREMONY_KINDS[c.kind].titleKey),
    t(CEREMONY_KINDS[c.kind].titleKey),
    ...actedOn(c, {}, t).map(([label, value]) => `${label} ${value}`),
    ...c.witnesses,
    ...Object.values(c.custodianNames),
  ]
    .join('\n')
    .toLowerCase();
  return words.split(/\s+/).every((w) => haystack.includes(w));
}

export function HistoryFilters({
  filter,
  onChange,
}: {
  filter: HistoryFilter;
  onChange(f: HistoryFilter): void;
}) {
  const set = (patch: Partial<HistoryFilter>) => onChange({ ...filter, ...patch });
  const t = useT();
  return (
    <form
      className="inline-form filters"
      role="search"
      aria-label={t('history.filter.label')}
      onSubmit={(e) => e.preventDefault()}
    >
      <Field label={t('history.filter.words')}>
        {(id) => (
          <input
            id={id}
            type="search"
            value={filter.words}
            onChange={(e) => set({ words: e.target.value })}
          />
        )}
      </Field>
      <Pick
        label={t('history.filter.kind')}
        value={filter.kind}
        options={CEREMONY_ORDER.map((k) => [k, t(CEREMONY_KINDS[k].shortTitleKey)] as const)}
        onChange={(kind) => set({ kind: kind as HistoryFilter['kind'] })}
      />
      <Pick
        label={t('history.filter.outcome')}
        value={filter.outcome}
        options={OUTCOMES.map(([o, key]) => [o, t(key)] as const)}
        onChange={(outcome) => set({ outcome })}
      />
      <Pick
        label={t('history.filter.environment')}
        value={filter.environment}
        options={ENVIRONMENTS.map(([o, key]) => [o, t(key)] as const)}
        onChange={(environment) => set({ environment })}
      />
    </form>
  );
}

/** One filter: a list whose first choice, "Any", filters nothing. */
function Pick(props: {
  label: string;
  value: string;
  options: ReadonlyArray<readonly [value: string, words: string]>;
  onChange(value: string): void;
}) {
  const t = useT();
  return (
    <Field label={props.label}>
      {(id) => (
        <select id={id} value={props.value} onChange={(e) => props.onChange(e.target.value)}>
          <option value="">{t('history.filter.any')}</option>
          {props.options.map(([value, words]) => (
            <option key={value} value={value}>
              {words}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
