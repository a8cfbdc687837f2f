import { useState } from 'react';
import { vaultInventory } from '../../../common/ceremony/inventory';
import { recordTime } from '../../../common/ceremony/room-checks';
import type { Ceremony, GroupView } from '../../../common/contract';
import { useKeyNames } from '../store/key-names';
import { useAction } from '../store/use-action';
import { ErrorNotice } from './ErrorNotice';

/** The keys of one vault, with the names the officer gave them, and what this installation's ceremonies changed. */
export function VaultInventory({ groups, records }: { groups: GroupView[]; records: Ceremony[] }) {
  // Read once for all vaults by the standing that lists them.
  const names = useKeyNames((s) => s.names);
  const { keys, past } = vaultInventory(groups, records);
  return (
    <details className="inventory" data-testid="vault-inventory">
      <summary>Keys of this vault ({keys.length})</summary>
      <ul>
        {keys.map((k) => (
          <li key={k.id} data-testid="inventory-key">
            <strong>{names[k.id] ? `“${names[k.id]}”, ${k.name}` : k.name}</strong>{' '}
            <span className="mono small">{k.id}</span> · {k.shape} · {k.status}
            <br />
            <span className="small">Holders: {k.holders.join('; ')}</span>
            <KeyName groupId={k.id} current={names[k.id] ?? ''} />
          </li>
        ))}
      </ul>
      {past.length > 0 && (
        <>
          <p className="small">Changed by this installation’s ceremonies:</p>
          <ul data-testid="inventory-past">
            {past.map((p) => (
              <li key={`${p.id}-${p.at}`} className="small">
                {names[p.id] ? `“${names[p.id]}” ` : ''}
                <span className="mono">{p.id}</span> {p.what}, {recordTime(p.at)}
              </li>
            ))}
          </ul>
        </>
      )}
    </details>
  );
}

/** A name for a key, kept by this installation (Cobo gives keys none); empty takes it away. */
function KeyName({ groupId, current }: { groupId: string; current: string }) {
  const rename = useKeyNames((s) => s.rename);
  const [name, setName] = useState(current);
  const { busy, error, run } = useAction();
  return (
    <form
      className="inline-form small"
      onSubmit={(e) => {
        e.preventDefault();
        void run(() => rename(groupId, name));
      }}
    >
      <label>
        Name <span className="visually-hidden">for key {groupId}</span>{' '}
        <input value={name} maxLength={60} onChange={(e) => setName(e.target.value)} />
      </label>{' '}
      <button type="submit" className="button" disabled={busy || name.trim() === current}>
        Save the name
      </button>
      {error && <ErrorNotice error={error} />}
    </form>
  );
}
