import { groupName } from '../components/GroupCard';
import { waysBack } from '../../../common/ceremony/group-life';
import {
  groupStatusInWords,
  holderStatusInWords,
  lostPhoneReport,
  mainGroupPhones,
} from '../../../common/ceremony/lost-phone';
import type { GroupDesign, GroupView, HolderView } from '../../../common/contract';
import { call } from '../api';
import { useCeremonies } from '../store/ceremonies';
import type { StepProps } from './StepProps';

/** The new Main Group as the old one was, without the lost phone: the officer adds the new one. */
function newMainGroupDesign(old: GroupView, lost: HolderView): GroupDesign {
  const kept = old.holders.filter((h) => h.type !== 'Cobo' && h.tss_node_id !== lost.tss_node_id);
  const signer = kept.some((h) => h.signer);
  return {
    type: 'MainGroup',
    threshold: old.threshold,
    participants: old.participants,
    holders: kept.map((h, i) => ({
      tss_node_id: h.tss_node_id,
      name: h.name,
      ...(h.type === 'Mobile' || h.type === 'API' ? { type: h.type } : {}),
      signer: signer ? h.signer : i === 0,
    })),
  };
}

/**
 * Recovery starts from who lost what: the affected holder, what Cobo reports about that phone and its
 * group, and what will happen, in plain words. A phone Cobo does not report as lost stops here.
 */
export function LostHolderStep({ ceremony, data, run, busy }: StepProps) {
  const { draft, startWith } = useCeremonies();
  const ways = waysBack(data.groups);
  const { group: oldMain, phones } = mainGroupPhones(data.groups);
  const chosen = phones.find((h) => h.tss_node_id === ceremony.selection.lostNodeId);
  const report = lostPhoneReport(ceremony.selection.lostNodeId, data.groups, data.nodes);
  const recoveryGroup = data.groups.find((g) => g.type === 'RecoveryGroup' && g.status === 'Valid');
  const newMainExists = data.groups.some((g) => g.type === 'MainGroup' && g.status === 'New');
  if (!data.loaded) return <p aria-busy="true">Asking Cobo for the vault’s groups…</p>;
  if (!oldMain) return <p>This vault has no Main Group with key shares; there is nothing to recover.</p>;
  const rehearsal = ceremony.environment === 'sandbox';
  return (
    <div>
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
          {rehearsal && (
            <p>
              In this rehearsal, the Holder phones screen plays that part: choose “Lose this phone…” on{' '}
              {chosen.name}’s card.
            </p>
          )}
        </div>
      )}
      {chosen && !report.problem && report.group && (
        <div className="notice notice-info" data-testid="recovery-explanation">
          <p className="notice-title">What Cobo reports, and what happens</p>
          <ol>
            <li>
              Cobo reports {chosen.name}’s old phone as Changed: {holderStatusInWords('Changed')}. The{' '}
              {groupName('MainGroup')} it belongs to is {report.group.status}:{' '}
              {groupStatusInWords(report.group.status)}.
            </li>
            <li>
              The Recovery Group
              {recoveryGroup ? ` (${recoveryGroup.holders.map((x) => x.name).join(', ')})` : ''} re-creates
              key shares of the same root keys for a new Main Group that holds {chosen.name}’s new phone
              {report.newPhone ? ` (TSS node ${report.newPhone.tss_node_id})` : ''}.
            </li>
            <li>
              The old Main Group is replaced by the new one. The vault’s root keys, wallets and addresses stay
              exactly the same; the app checks this at the end.
            </li>
          </ol>
          <div className="panel-inset" data-testid="ways-back">
            <h4>The way back</h4>
            <p>
              <strong>Recovery</strong> — {ways.recovery.why}
            </p>
            <p>
              <strong>Upgrade a Signing Group to Main</strong> — {ways.upgrade.why}
            </p>
            {ways.upgrade.possible && (
              <button type="button" className="button" onClick={() => draft('GroupUpgrade')}>
                Upgrade a Signing Group instead
              </button>
            )}
          </div>
          {!newMainExists && (
            <div data-testid="new-main-needed">
              <p>
                Before the next step, create the new Main Group: the same holders, with {chosen.name}’s new
                phone instead of the lost one. This Recovery waits here; closing the group set-up brings you
                back.
              </p>
              <button
                type="button"
                className="button button-primary"
                disabled={busy}
                onClick={() =>
                  void run(() =>
                    startWith('GroupSetup', ceremony.profileId, {
                      vaultId: ceremony.selection.vaultId,
                      design: newMainGroupDesign(oldMain, chosen),
                    }),
                  )
                }
              >
                Set up the new Main Group
              </button>
            </div>
          )}
        </div>
      )}
    </div>
  );
}
