import { everyHolder } from '../../../common/ceremony/holders';
import type { GroupView } from '../../../common/contract';
import { acceptsTarget, CEREMONY_KINDS } from '../../../common/ceremony/kinds';
import { lostPhoneReport } from '../../../common/ceremony/lost-phone';
import { checkSelection } from '../../../common/ceremony/rules';
import { call } from '../api';
import { GroupCard, groupName } from '../components/GroupCard';
import { NewMainGroupButton } from '../components/NewMainGroupButton';
import type { StepProps } from './StepProps';
import { useLoneChoice } from './lone-choice';
import { useCallback } from 'react';
import { VerdictNotice } from '../components/VerdictNotice';

/** Target and source groups, the source's participating TSS nodes, and whether it can succeed now. */
export function GroupsStep({ ceremony, data, run, busy }: StepProps) {
  const rules = CEREMONY_KINDS[ceremony.kind];
  const s = ceremony.selection;
  const targets = data.groups.filter((g) => acceptsTarget(rules, g.type) && g.status === 'New');
  const sources = data.groups.filter((g) => g.type === rules.sourceType);
  const source = sources.find((g) => g.key_share_holder_group_id === s.sourceGroupId);
  const select = (selection: Parameters<typeof call<'ceremony.select'>>[1]['selection']) =>
    void run(() => call('ceremony.select', { id: ceremony.id, selection }));

  const chooseSource = useCallback(
    (g: GroupView) => {
      // Preselect the Cobo node plus the first others up to the threshold; the officer can change it.
      const cobo = g.holders.filter((h) => h.type === 'Cobo').map((h) => h.tss_node_id);
      const others = g.holders
        .filter((h) => h.type !== 'Cobo' && h.status === 'Valid' && h.online)
        .map((h) => h.tss_node_id);
      const sourceNodeIds = [...cobo, ...others].slice(0, Math.max(g.threshold, cobo.length));
      void run(() =>
        call('ceremony.select', {
          id: ceremony.id,
          selection: { sourceGroupId: g.key_share_holder_group_id, sourceNodeIds },
        }),
      );
    },
    [run, ceremony.id],
  );
  const toggleNode = (id: string) =>
    select({
      sourceNodeIds: s.sourceNodeIds.includes(id)
        ? s.sourceNodeIds.filter((x) => x !== id)
        : [...s.sourceNodeIds, id],
    });

  const loneTarget = useLoneChoice(
    data.loaded ? targets.filter((g) => g.problem === null) : null,
    s.targetGroupId !== null,
    useCallback(
      (g: GroupView) =>
        void run(() =>
          call('ceremony.select', {
            id: ceremony.id,
            selection: { targetGroupId: g.key_share_holder_group_id },
          }),
        ),
      [run, ceremony.id],
    ),
  );
  // The only Main Key to give shares from, with its nodes up to the threshold: chosen and said.
  const loneSource = useLoneChoice(
    data.loaded && rules.sourceType ? sources.filter((g) => g.problem === null) : null,
    s.sourceGroupId !== null,
    chooseSource,
  );
  const vaultHasKeys = data.groups.some((g) => g.has_keys);
  const verdict = checkSelection(ceremony.kind, s, data.groups, vaultHasKeys);
  const lost = lostPhoneReport(s.lostNodeId, data.groups);
  const known = everyHolder(data.groups, data.nodes);

  return (
    <div className="stack">
      <fieldset className="choices">
        <legend>{ceremony.kind === 'KeyGen' ? 'Main Key' : 'Group that receives key shares'}</legend>
        {loneTarget && (
          <p className="muted" data-testid="lone-choice">
            The only {groupName(loneTarget.type)} waiting for key shares is chosen.
          </p>
        )}
        {targets.length === 0 &&
          (ceremony.kind === 'KeyGen' && vaultHasKeys ? (
            // Not a group to set up: Cobo refuses a second KeyGen on a vault that has its root keys.
            <p className="notice notice-error" role="alert" data-testid="no-target">
              This vault already has its root keys, so there is no Main Key to make them for, and setting one
              up would not help: Cobo refuses a second KeyGen. Abandon this ceremony; use KeyGenFromKeyGroup
              to give shares to another group, or Recovery after a lost phone.
            </p>
          ) : ceremony.kind === 'Recovery' && lost.group && lost.holder ? (
            <div className="notice notice-error" role="alert" data-testid="no-target">
              <p>
                No new Main Key is waiting for key shares (status New). Set it up first: Cobo plus{' '}
                {lost.holder.name}’s new phone. Closing that set-up brings you back here.
              </p>
              <NewMainGroupButton ceremony={ceremony} run={run} busy={busy} />
            </div>
          ) : (
            <p className="notice notice-error" role="alert" data-testid="no-target">
              No {rules.targetTypes.map(groupName).join(' or ')} is waiting for key shares (status New). Set
              one up first with the “Set up a key share holder group” ceremony.
            </p>
          ))}
        {targets.map((g) => (
          <label key={g.key_share_holder_group_id} className="choice">
            <input
              type="radio"
              name="target"
              checked={s.targetGroupId === g.key_share_holder_group_id}
              disabled={busy || g.problem !== null}
              onChange={() => select({ targetGroupId: g.key_share_holder_group_id })}
            />
            <GroupCard group={g} needed={rules.targetNeeded(g)} known={known} />
            {g.problem && <span className="tag tag-warn">Cannot be chosen: {g.problem}</span>}
          </label>
        ))}
      </fieldset>
      {rules.sourceType && (
        <fieldset className="choices">
          <legend>Source: the {groupName(rules.sourceType)}</legend>
          {loneSource && (
            <p className="muted" data-testid="lone-source">
              The vault’s only {groupName(loneSource.type)} is chosen, with its nodes up to the threshold:
              change them below if others take part.
            </p>
          )}
          {sources.map((g) => (
            <label key={g.key_share_holder_group_id} className="choice">
              <input
                type="radio"
                name="source"
                checked={s.sourceGroupId === g.key_share_holder_group_id}
                disabled={busy || g.problem !== null}
                onChange={() => chooseSource(g)}
              />
              <GroupCard
                group={g}
                known={known}
                needed={Math.max(0, g.threshold - g.holders.filter((h) => h.type === 'Cobo').length)}
              />
              {g.problem && <span className="tag tag-warn">Cannot be chosen: {g.problem}</span>}
            </label>
          ))}
        </fieldset>
      )}
      {source && (
        <fieldset className="choices">
          <legend>
            Source TSS nodes taking part (at least {source.threshold}
            {source.holders.some((h) => h.type === 'Cobo') ? '; Cobo’s node must be one' : ''})
          </legend>
          {source.holders.map((h) => (
            <label key={h.tss_node_id} className="choice-inline">
              <input
                type="checkbox"
                checked={s.sourceNodeIds.includes(h.tss_node_id)}
                disabled={busy || h.problem !== null}
                onChange={() => toggleNode(h.tss_node_id)}
              />{' '}
              {h.name} ({h.type}
              {h.online ? '' : ', offline'}
              {h.status !== 'Valid' ? `, ${h.status}` : ''})
              {h.problem ? ` — cannot be chosen: ${h.problem}` : ''}
            </label>
          ))}
        </fieldset>
      )}
      {s.targetGroupId && (
        <VerdictNotice
          verdict={verdict}
          okText="This choice meets the rules of this ceremony."
          testId="selection-verdict"
        />
      )}
    </div>
  );
}
