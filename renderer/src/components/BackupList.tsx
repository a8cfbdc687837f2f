/**
 * After a ceremony that made key shares: the backup each holder of the new shares makes, as Cobo's
 * manual says for that kind of signer, and the officer's confirmation of each, recorded in the journal.
 */
import { asksForBackups, backupSteps, holdersToBackUp } from '../../../common/ceremony/backups';
import type { Ceremony, GroupView } from '../../../common/contract';
import { call } from '../api';
import type { StepProps } from '../steps/StepProps';

const KIND: Record<string, string> = {
  Mobile: 'Mobile Signer (Cobo Guard or Portal Mobile)',
  API: 'Server Signer (TSS Node)',
};

export function BackupList({
  ceremony,
  groups,
  loaded = true,
  run,
  busy,
}: {
  ceremony: Ceremony;
  groups: readonly GroupView[];
  /** Whether Cobo has answered: before that an empty list means not known yet. */
  loaded?: boolean;
  run: StepProps['run'];
  busy: boolean;
}) {
  if (!asksForBackups(ceremony)) return null;
  const holders = holdersToBackUp(ceremony, groups);
  const open = ceremony.phase === 'finished';
  const outstanding = holders.filter((h) => !ceremony.backups[h.tss_node_id]);
  return (
    <section className="panel-inset" aria-labelledby="backups-title" data-testid="backups">
      <h4 id="backups-title">Back up the new key shares</h4>
      <p className="muted">
        Each holder below now has a new key share. Cobo’s manual asks for a backup after every key generation;
        a backup made before this ceremony holds a share that no longer exists.
      </p>
      {holders.length === 0 && (
        <p className="muted">
          {loaded
            ? 'Cobo no longer lists the key these shares were made for: there is nothing left to back up.'
            : 'Loading the holders from Cobo…'}
        </p>
      )}
      <ul className="stack">
        {holders.map((h) => {
          const done = ceremony.backups[h.tss_node_id];
          return (
            <li key={h.tss_node_id} data-testid="backup-holder">
              <strong>{h.name}</strong> <span className="muted">— {KIND[h.type] ?? h.type}</span>
              <ul>
                {backupSteps(h.type).map((step) => (
                  <li key={step}>{step}</li>
                ))}
              </ul>
              {done ? (
                <p className="tag tag-ok">Backup confirmed {new Date(done.at).toLocaleString()}</p>
              ) : (
                open && (
                  <button
                    type="button"
                    className="button"
                    disabled={busy}
                    onClick={() =>
                      void run(() =>
                        call('ceremony.confirmBackup', {
                          id: ceremony.id,
                          tssNodeId: h.tss_node_id,
                          name: h.name,
                        }),
                      )
                    }
                  >
                    Confirm {h.name}’s backup is made
                  </button>
                )
              )}
            </li>
          );
        })}
      </ul>
      {holders.length > 0 && outstanding.length > 0 && (
        <p className="notice notice-warn" data-testid="backups-outstanding">
          {outstanding.length === 1 ? 'One backup is' : `${outstanding.length} backups are`} not confirmed yet
          ({outstanding.map((h) => h.name).join(', ')}).{' '}
          {open
            ? 'You can close the ceremony without them; the report lists the backups confirmed, and the vault’s line on the Ceremonies screen names those not confirmed.'
            : 'The vault’s line on the Ceremonies screen names them while they are missing.'}
        </p>
      )}
    </section>
  );
}
