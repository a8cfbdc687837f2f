import { useId, useState } from 'react';
import { readNodeId } from '../../../common/ceremony/node-id';
import type { GroupDesign, HolderView } from '../../../common/contract';
import { Field } from './Field';
import { useT } from '../store/language';

type NewHolder = Required<Pick<GroupDesign['holders'][number], 'tss_node_id' | 'name' | 'type'>>;

/**
 * Adding one of the organisation's holders by the TSS node ID its custodian reads in Cobo Guard (or
 * a Server Signer's TSS Node reports): checked as it is typed, with look-alike characters pointed
 * out and the ID in groups of four to read back to the custodian.
 */
export function HolderEntry({
  onAdd,
  busy,
  taken,
  lookUp,
}: {
  onAdd(h: NewHolder): void;
  busy: boolean;
  taken: string[];
  /** Asks Cobo for this TSS node ID in the vault: what it lists, or null. */
  lookUp(tssNodeId: string): Promise<HolderView | null>;
}) {
  const t = useT();
  const [name, setName] = useState('');
  const [type, setType] = useState<NewHolder['type']>('Mobile');
  const [raw, setRaw] = useState('');
  const [found, setFound] = useState<{ id: string; holder: HolderView | null } | null>(null);
  const readingId = useId();
  const reading = readNodeId(raw, t);
  const duplicate = taken.includes(reading.value);
  const problems = raw ? [...reading.problems, ...(duplicate ? [t('run.holderEntry.duplicate')] : [])] : [];
  const ready = name.trim() !== '' && raw !== '' && problems.length === 0;
  return (
    <fieldset className="choices holder-entry">
      <legend>{t('run.holderEntry.title')}</legend>
      <Field label={t('run.holderEntry.name')}>
        {(id) => <input id={id} value={name} maxLength={80} onChange={(e) => setName(e.target.value)} />}
      </Field>
      <Field label={t('run.holderEntry.kind')}>
        {(id) => (
          <select id={id} value={type} onChange={(e) => setType(e.target.value as NewHolder['type'])}>
            <option value="Mobile">{t('run.holderEntry.mobile')}</option>
            <option value="API">{t('run.holderEntry.server')}</option>
          </select>
        )}
      </Field>
      <Field label={t('run.holderEntry.nodeId')}>
        {(id) => (
          <input
            id={id}
            value={raw}
            onChange={(e) => setRaw(e.target.value)}
            autoComplete="off"
            spellCheck={false}
            aria-describedby={readingId}
          />
        )}
      </Field>
      <div id={readingId} aria-live="polite" data-testid="node-id-reading">
        {problems.map((p) => (
          <p key={p} className="notice notice-error">
            {p}
          </p>
        ))}
        {raw && problems.length === 0 && (
          <p className="muted">
            {t('run.holderEntry.readBack')}{' '}
            <span className="mono" translate="no">
              {reading.chunks.join(' ')}
            </span>
          </p>
        )}
        {raw &&
          reading.warnings.map((w) => (
            <p key={w} className="notice notice-info">
              {w}
            </p>
          ))}
      </div>
      <button
        type="button"
        className="button"
        disabled={busy || raw === '' || problems.length > 0}
        onClick={() => void lookUp(reading.value).then((holder) => setFound({ id: reading.value, holder }))}
      >
        {t('run.holderEntry.lookUp')}
      </button>
      {found?.id === reading.value && (
        <p className="muted" data-testid="node-id-lookup">
          {found.holder
            ? t('run.holderEntry.listed', {
                name: found.holder.name,
                type: found.holder.type,
                status: found.holder.status,
              })
            : t('run.holderEntry.notListed')}
        </p>
      )}
      <button
        type="button"
        className="button"
        disabled={busy || !ready}
        onClick={() => {
          onAdd({ tss_node_id: reading.value, name: name.trim(), type });
          setName('');
          setRaw('');
        }}
      >
        {t('run.holderEntry.add')}
      </button>
    </fieldset>
  );
}
