/**
 * Search and filters over History's list: words (vault name, ceremony or request id, what it acted
 * on), kind, outcome and environment. They apply to the ceremonies loaded; older pages join when shown.
 */
import { actedOn } from '../../../common/ceremony/acted-on';
import { CEREMONY_ORDER, CEREMONY_KINDS } from '../../../common/ceremony/kinds';
import type { Ceremony } from '../../../common/contract';
import { Field } from '../components/Field';

export interface HistoryFilter {
  readonly words: string;
  readonly kind: Ceremony['kind'] | '';
  readonly outcome: string;
  readonly environment: string;
}

export const NO_FILTER: HistoryFilter = { words: '', kind: '', outcome: '', environment: '' };

/** Whether a ceremony is one the officer is looking for: every filter set must hold. */
export function matchesFilter(c: Ceremony, f: HistoryFilter): boolean {
  if (f.kind && c.kind !== f.kind) return false;
  if (f.outcome && (c.outcome ?? 'open') !== f.outcome) return false;
  if (f.environment && c.environment !== f.environment) return false;
  const words = f.words.trim().toLowerCase();
  if (!words) return true;
  const haystack = [
    c.vaultName ?? '',
    c.id,
    c.tssRequestId ?? '',
    CEREMONY_KINDS[c.kind].title,
    ...actedOn(c).map(([label, value]) => `${label} ${value}`),
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
  return (
    <form
      className="inline-form filters"
      role="search"
      aria-label="Search History"
      onSubmit={(e) => e.preventDefault()}
    >
      <Field label="Search (vault, id, holder, witness)">
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
        label="Kind"
        value={filter.kind}
        options={CEREMONY_ORDER.map((k) => [k, CEREMONY_KINDS[k].shortTitle] as const)}
        onChange={(kind) => set({ kind: kind as HistoryFilter['kind'] })}
      />
      <Pick
        label="Outcome"
        value={filter.outcome}
        options={['success', 'failed', 'cancelled', 'abandoned', 'open'].map((o) => [o, o] as const)}
        onChange={(outcome) => set({ outcome })}
      />
      <Pick
        label="Environment"
        value={filter.environment}
        options={['sandbox', 'development', 'production'].map((o) => [o, o] as const)}
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
  return (
    <Field label={props.label}>
      {(id) => (
        <select id={id} value={props.value} onChange={(e) => props.onChange(e.target.value)}>
          <option value="">Any</option>
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
