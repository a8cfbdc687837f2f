import { groupName } from '../components/GroupCard';
import { waysBack } from '../../../common/ceremony/group-life';
import {
  groupStatusInWords,
  holderStatusInWords,
  lostPhoneReport,
  mainGroupPhones,
  recoveryPremiseGone,
} from '../../../common/ceremony/lost-phone';
import { call } from '../api';
import { ConfirmAction } from '../components/ConfirmAction';
import { NewMainGroupButton } from '../components/NewMainGroupButton';
import { useCeremonies } from '../store/ceremonies';
import type { StepProps } from './StepProps';

/**
 * Recovery starts from who lost what: the affected holder, what Cobo reports about that phone and its
 * group, and what will happen, in plain words. A phone Cobo does not report as lost stops here.
 */
export function LostHolderStep({ ceremony, data, run, busy }: StepProps) {
  const draft = useCeremonies((c) => c.draft);
  const ways = waysBack(data.groups);
  const { group: oldMain, phones } = mainGroupPhones(data.groups);
  const chosen = phones.find((h) => h.tss_node_id === ceremony.selection.lostNodeId);
  const report = lostPhoneReport(ceremony.selection.lostNodeId, data.groups, data.nodes);
  const recoveryGroup = data.groups.find((g) => g.type === 'RecoveryGroup' && g.status === 'Valid');
  const newMainExists = data.groups.some((g) => g.type === 'MainGroup' && g.status === 'New');
  if (!data.loaded) return <p aria-busy="true">Asking Cobo for the vault’s groups…</p>;
  if (!oldMain) return <p>This vault has no Main Key with key shares; there is nothing to recover.</p>;
  const gone = recoveryPremiseGone(ceremony.selection.lostNodeId, data.groups);
  if (gone)
    return (
      <div className="notice notice-warn" data-testid="recovery-premise-gone" data-focus-result tabIndex={-1}>
        <p className="notice-title">This Recovery has nothing left to do</p>
        <p>{gone}</p>
        <p>
          Nothing has been sent for it. Abandon it (below): the vault’s line on the Ceremonies screen says
          what the vault needs now.
        </p>
      </div>
    );
  const rehearsal = ceremony.environment === 'sandbox';
  return (
    <div>
      <RestoreFirst />
      <fieldset className="choices">
        <legend>Whose phone was lost?</legend>
        {phones.map((h) => (
          <label key={h.tss_node_id} className="choice">
            <input
              type="radio"
              name="lost"
              checked={ceremony.selection.lostNodeId === h.tss_node_id}
              disabled={busy}
              onChange={() =>
                void run(() =>
                  call('ceremony.select', { id: ceremony.id, selection: { lostNodeId: h.tss_node_id } }),
                )
              }
            />
            <span>
              <strong>{h.name}</strong> — Cobo Guard phone. Cobo reports it as <strong>{h.status}</strong>:{' '}
              {holderStatusInWords(h.status)}.
            </span>
          </label>
        ))}
      </fieldset>
      {chosen && report.problem && (
        <div
          className="notice notice-warn"
          data-testid="lost-phone-not-reported"
          data-focus-result
          tabIndex={-1}
        >
          <p className="notice-title">Cobo does not know of this loss yet</p>
          <p>{report.problem}</p>
          <p>
            If {chosen.name} restored the key share from backup on the new phone, this is what Cobo shows:
            nothing more is needed here; abandon this Recovery.
          </p>
          {rehearsal && (
            <p>
              In this rehearsal, the Holder phones screen plays that part: choose “Lose this phone…” on{' '}
              {chosen.name}’s card, then the loss with no backup.
            </p>
          )}
        </div>
      )}
      {chosen && !report.problem && report.group && (
        <div className="notice notice-info" data-testid="recovery-explanation">
          <p className="notice-title">What Cobo reports, and what happens</p>
          <ol>
            <li>
              Cobo reports {chosen.name}’s old phone as Changed, and the {groupName('MainGroup')} it belongs
              to as {report.group.status}: {groupStatusInWords(report.group.status)}.
            </li>
            <li>
              The Recovery Key
              {recoveryGroup ? ` (${recoveryGroup.holders.map((x) => x.name).join(', ')})` : ''} re-creates
              key shares of the same root keys for a new Main Key that holds {chosen.name}’s new phone
              {report.newPhone ? ` (TSS node ${report.newPhone.tss_node_id})` : ''}.
            </li>
            <li>
              The old Main Key is replaced by the new one. The vault’s root keys, wallets and addresses stay
              exactly the same; the app checks this at the end.
            </li>
          </ol>
          <div className="panel-inset" data-testid="ways-back">
            <h4>The way back</h4>
            <p>
              <strong>Recovery</strong> — {ways.recovery.why}
            </p>
            <p>
              <strong>Upgrade a Signing Key to Main</strong> — {ways.upgrade.why}
            </p>
            {ways.upgrade.possible && (
              <UpgradeInstead
                busy={busy}
                onConfirm={() =>
                  void run(async () => {
                    await call('ceremony.abandon', { id: ceremony.id, instead: 'GroupUpgrade' });
                    draft('GroupUpgrade');
                  })
                }
              />
            )}
          </div>
          {!newMainExists && (
            <div data-testid="new-main-needed">
              <p>
                Before the next step, create the new Main Key: Cobo plus {chosen.name}’s new phone (a standard
                vault’s Main Key is 2/2, and no node of another live key may join it). This Recovery waits
                here; closing the group set-up brings you back.
              </p>
              <NewMainGroupButton ceremony={ceremony} run={run} busy={busy} />
            </div>
          )}
        </div>
      )}
    </div>
  );
}

/**
 * Taking the other way back closes this Recovery first, on the record, so no stale Recovery is left
 * open to block the vault (asked once more: abandoning cannot be undone).
 */
function UpgradeInstead({ busy, onConfirm }: { busy: boolean; onConfirm(): void }) {
  return (
    <ConfirmAction
      busy={busy}
      label="Upgrade a Signing Key instead"
      triggerClass="button"
      question="Upgrade a Signing Key instead? This Recovery has sent nothing; it is abandoned on the record, with the upgrade named as the reason, and the upgrade starts."
      confirmLabel="Abandon this Recovery and upgrade"
      keepLabel="Keep the Recovery"
      testId="upgrade-instead-confirm"
      onConfirm={onConfirm}
    />
  );
}

/**
 * The ways back after a lost phone in the order Cobo's manual gives them (ocw/restore-from-backup,
 * guard/reset, portal-mobile/reset): first a restore from backup, which needs no ceremony.
 */
function RestoreFirst() {
  return (
    <div className="notice notice-info" data-testid="restore-first">
      <p className="notice-title">First: restore from backup — no ceremony needed</p>
      <p>
        If the custodian backed up the key share, they install Cobo Guard (or Portal Mobile) on the new phone
        and restore it from the backup: Cobo Guard from iCloud with the recovery passphrase, Portal Mobile
        from iCloud, Google Drive or the local file with its passphrase. The TSS node ID stays the same and
        Cobo keeps reporting it as Valid. Cobo Guard then freezes the account until an Admin unfreezes it in
        Cobo Portal (an organisation whose only member it is stays frozen for 24 hours); Portal Mobile
        suspends sending for 24 hours after the switch.
      </p>
      <p>
        Without a backup: for Cobo Guard, Cobo support resets the account; for Portal Mobile, an Admin
        redistributes the key share. The new phone then has a new TSS node ID, and a ceremony brings the keys
        back: a Recovery through the Recovery Key, or upgrading an active Signing Key (below).
      </p>
      <p>
        A phone that held a Signing or Recovery Key’s share, not the Main Key’s, needs no Recovery: restore it
        from backup, or set up a new key with the new phone, give it shares from the Main Key
        (KeyGenFromKeyGroup), then delete the old key.
      </p>
    </div>
  );
}
