import { useId, useState } from 'react';
import { readNodeId } from '../../../common/ceremony/node-id';
import type { GroupDesign, HolderView } from '../../../common/contract';
import { Field } from './Field';

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
  const [name, setName] = useState('');
  const [type, setType] = useState<NewHolder['type']>('Mobile');
  const [raw, setRaw] = useState('');
  const [found, setFound] = useState<{ id: string; holder: HolderView | null } | null>(null);
  const readingId = useId();
  const reading = readNodeId(raw);
  const duplicate = taken.includes(reading.value);
  const problems = raw
    ? [...reading.problems, ...(duplicate ? ['This TSS node ID is already added.'] : [])]
    : [];
  const ready = name.trim() !== '' && raw !== '' && problems.length === 0;
  return (
    <fieldset className="choices holder-entry">
      <legend>Add a holder by TSS node ID</legend>
      <Field label="Holder’s name">
        {(id) => <input id={id} value={name} maxLength={80} onChange={(e) => setName(e.target.value)} />}
      </Field>
      <Field label="Kind of holder">
        {(id) => (
          <select id={id} value={type} onChange={(e) => setType(e.target.value as NewHolder['type'])}>
            <option value="Mobile">Mobile Signer (Cobo Guard or Portal Mobile on a phone)</option>
            <option value="API">Server Signer (TSS Node on a server)</option>
          </select>
        )}
      </Field>
      <Field label="TSS node ID">
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
            Read it back to the custodian: <span className="mono">{reading.chunks.join(' ')}</span>
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
        Look it up in Cobo
      </button>
      {found?.id === reading.value && (
        <p className="muted" data-testid="node-id-lookup">
          {found.holder
            ? `Cobo lists ${found.holder.name} (${found.holder.type}, ${found.holder.status}) with this TSS node ID in this vault’s groups.`
            : 'Cobo does not list this TSS node ID in this vault yet: that is expected for a phone or Server Signer in no group. Read the ID back to the custodian before adding it.'}
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
        Add this holder
      </button>
    </fieldset>
  );
}
