import { groupName } from '../components/GroupCard';
import { waysBack } from '../../../common/ceremony/group-life';
import { call } from '../api';
import { useCeremonies } from '../store/ceremonies';
import type { StepProps } from './StepProps';

/** Recovery starts from who lost what: the affected holder, and what will happen, in plain words. */
export function LostHolderStep({ ceremony, data, run, busy }: StepProps) {
  const draft = useCeremonies((c) => c.draft);
  const ways = waysBack(data.groups);
  const waysBackPanel = (
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
  );
  const oldMain =
    data.groups.find((g) => g.type === 'MainGroup' && g.status === 'Unavailable') ??
    data.groups.find((g) => g.type === 'MainGroup' && g.status === 'Valid');
  const mobiles = oldMain?.holders.filter((h) => h.type === 'Mobile') ?? [];
  const lost = mobiles.find((h) => h.tss_node_id === ceremony.selection.lostNodeId);
  const replacement = lost
    ? data.nodes.find(
        (n) => n.name === lost.name && n.tss_node_id !== lost.tss_node_id && n.status === 'Valid',
      )
    : undefined;
  const recoveryGroup = data.groups.find((g) => g.type === 'RecoveryGroup' && g.status === 'Valid');
  if (!oldMain) return <p>This vault has no Main Group with key shares; there is nothing to recover.</p>;
  return (
    <div>
      <fieldset className="choices">
        <legend>Whose phone was lost?</legend>
        {mobiles.map((h) => (
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
              <strong>{h.name}</strong> — Cobo Guard phone, status {h.status}
              {h.status === 'Changed' ? ' (reported lost)' : ''}
            </span>
          </label>
        ))}
      </fieldset>
      {lost && (
        <div className="notice notice-info" data-testid="recovery-explanation">
          <p className="notice-title">What happens</p>
          <ol>
            <li>
              {lost.name}’s lost phone holds a key share of the current {groupName('MainGroup')}, which is now{' '}
              {oldMain.status}. That phone can no longer take part, and its share will be made useless.
            </li>
            <li>
              The Recovery Group
              {recoveryGroup ? ` (${recoveryGroup.holders.map((x) => x.name).join(', ')})` : ''} re-creates
              key shares of the same root keys for a new Main Group that holds {lost.name}’s new phone
              {replacement ? '' : ' (set up the new phone in Cobo Guard first)'}.
            </li>
            <li>
              The old Main Group is replaced by the new one. The vault’s root keys, wallets and addresses stay
              exactly the same; the app checks this at the end.
            </li>
          </ol>
          {waysBackPanel}
          {!data.groups.some((g) => g.type === 'MainGroup' && g.status === 'New') && (
            <p>
              Before the next step, create the new Main Group with the{' '}
              <strong>Set up a key share holder group</strong> ceremony, choosing {lost.name}’s new phone
              {replacement ? '' : ''} instead of the lost one. Then come back to this ceremony.
            </p>
          )}
        </div>
      )}
    </div>
  );
}
