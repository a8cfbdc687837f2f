import { useState } from 'react';
import { screenReaderOnly } from './ScreenReaderOnly';
import { vaultInventory } from '../../../common/ceremony/inventory';
import { recordTime } from '../../../common/ceremony/room-checks';
import type { Ceremony, GroupView } from '../../../common/contract';
import { useKeyNames } from '../store/key-names';
import { useAction } from '../store/use-action';
import { ErrorNotice } from './ErrorNotice';
import { useRich, useT } from '../store/language';

/** The keys of one vault, with the names the officer gave them, and what this installation's ceremonies changed. */
export function VaultInventory({ groups, records }: { groups: GroupView[]; records: Ceremony[] }) {
  // Read once for all vaults by the standing that lists them.
  const names = useKeyNames((s) => s.names);
  const t = useT();
  const { keys, past } = vaultInventory(groups, records, t);
  const rich = useRich();
  return (
    <details className="inventory" data-testid="vault-inventory">
      <summary>{t('history.inventory.summary', { count: keys.length })}</summary>
      <ul>
        {keys.map((k) => (
          <li key={k.id} data-testid="inventory-key">
            {rich('history.inventory.key', {
              title: names[k.id]
                ? t('history.inventory.named', { name: names[k.id] ?? '', key: k.name })
                : k.name,
              id: <span className="mono small">{k.id}</span>,
              shape: k.shape,
              status: k.status,
              b: (chunks) => <strong>{chunks}</strong>,
            })}
            <br />
            <span className="small">{t('history.inventory.holders', { holders: k.holders.join('; ') })}</span>
            <KeyName groupId={k.id} current={names[k.id] ?? ''} />
          </li>
        ))}
      </ul>
      {past.length > 0 && (
        <>
          <p className="small">{t('history.inventory.changed')}</p>
          <ul data-testid="inventory-past">
            {past.map((p) => (
              <li key={`${p.id}-${p.at}`} className="small">
                {rich('history.inventory.past', {
                  named: names[p.id] ? t('history.inventory.pastName', { name: names[p.id] ?? '' }) : '',
                  id: <span className="mono">{p.id}</span>,
                  what: p.what,
                  time: recordTime(p.at),
                })}
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
  const t = useT();
  const rich = useRich();
  return (
    <form
      className="inline-form small"
      onSubmit={(e) => {
        e.preventDefault();
        void run(() => rename(groupId, name));
      }}
    >
      <label>
        {rich('history.inventory.name', {
          id: groupId,
          h: screenReaderOnly,
        })}{' '}
        <input value={name} maxLength={60} onChange={(e) => setName(e.target.value)} />
      </label>{' '}
      <button type="submit" className="button" disabled={busy || name.trim() === current}>
        {t('history.inventory.saveName')}
      </button>
      {error && <ErrorNotice error={error} />}
    </form>
  );
}
