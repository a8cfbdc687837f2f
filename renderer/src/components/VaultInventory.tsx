import { vaultInventory } from '../../../common/ceremony/inventory';
import { recordTime } from '../../../common/ceremony/room-checks';
import type { Ceremony, GroupView } from '../../../common/contract';

/** The keys of one vault, and what this installation's ceremonies changed, behind a disclosure. */
export function VaultInventory({ groups, records }: { groups: GroupView[]; records: Ceremony[] }) {
  const { keys, past } = vaultInventory(groups, records);
  return (
    <details className="inventory" data-testid="vault-inventory">
      <summary>Keys of this vault ({keys.length})</summary>
      <ul>
        {keys.map((k) => (
          <li key={k.id}>
            <strong>{k.name}</strong> <span className="mono small">{k.id}</span> · {k.shape} · {k.status}
            <br />
            <span className="small">Holders: {k.holders.join('; ')}</span>
          </li>
        ))}
      </ul>
      {past.length > 0 && (
        <>
          <p className="small">Changed by this installation’s ceremonies:</p>
          <ul data-testid="inventory-past">
            {past.map((p) => (
              <li key={`${p.id}-${p.at}`} className="small">
                <span className="mono">{p.id}</span> {p.what}, {recordTime(p.at)}
              </li>
            ))}
          </ul>
        </>
      )}
    </details>
  );
}
