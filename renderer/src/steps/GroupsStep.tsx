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
import { useT } from '../store/language';
import { say } from '../../../common/i18n/translate';

/** Target and source groups, the source's participating TSS nodes, and whether it can succeed now. */
export function GroupsStep({ ceremony, data, run, busy }: StepProps) {
  const t = useT();
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
  const verdict = checkSelection(ceremony.kind, s, data.groups, vaultHasKeys, t);
  const lost = lostPhoneReport(s.lostNodeId, data.groups, [], t);
  const known = everyHolder(data.groups, data.nodes);

  return (
    <div className="stack">
      <fieldset className="choices">
        <legend>
          {ceremony.kind === 'KeyGen' ? t('prepare.groups.targetMain') : t('prepare.groups.target')}
        </legend>
        {loneTarget && (
          <p className="muted" data-testid="lone-choice">
            {t('prepare.groups.loneTarget', { group: groupName(loneTarget.type, t) })}
          </p>
        )}
        {targets.length === 0 &&
          (ceremony.kind === 'KeyGen' && vaultHasKeys ? (
            // Not a group to set up: Cobo refuses a second KeyGen on a vault that has its root keys.
            <p className="notice notice-error" role="alert" data-testid="no-target">
              {t('prepare.groups.keyGenDone')}
            </p>
          ) : ceremony.kind === 'Recovery' && lost.group && lost.holder ? (
            <div className="notice notice-error" role="alert" data-testid="no-target">
              <p>{t('prepare.groups.newMainFirst', { status: 'New', name: lost.holder.name })}</p>
              <NewMainGroupButton ceremony={ceremony} run={run} busy={busy} />
            </div>
          ) : (
            <p className="notice notice-error" role="alert" data-testid="no-target">
              {t('prepare.groups.noTarget', {
                groups: rules.targetTypes.map((type) => groupName(type, t)).join(t('prepare.groups.or')),
                status: 'New',
                ceremony: t('words.kind.groupSetup.title'),
              })}
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
            {g.problem && (
              <span className="tag tag-warn">
                {t('prepare.cannotChoose', {
                  problem: say(t, g.problemSaid) ?? g.problem,
                })}
              </span>
            )}
          </label>
        ))}
      </fieldset>
      {rules.sourceType && (
        <fieldset className="choices">
          <legend>{t('prepare.groups.source', { group: groupName(rules.sourceType, t) })}</legend>
          {loneSource && (
            <p className="muted" data-testid="lone-source">
              {t('prepare.groups.loneSource', { group: groupName(loneSource.type, t) })}
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
              {g.problem && (
                <span className="tag tag-warn">
                  {t('prepare.cannotChoose', {
                    problem: say(t, g.problemSaid) ?? g.problem,
                  })}
                </span>
              )}
            </label>
          ))}
        </fieldset>
      )}
      {source && (
        <fieldset className="choices">
          <legend>
            {t(
              source.holders.some((h) => h.type === 'Cobo')
                ? 'prepare.groups.nodesWithCobo'
                : 'prepare.groups.nodes',
              {
                threshold: source.threshold,
              },
            )}
          </legend>
          {source.holders.map((h) => (
            <label key={h.tss_node_id} className="choice-inline">
              <input
                type="checkbox"
                checked={s.sourceNodeIds.includes(h.tss_node_id)}
                disabled={busy || h.problem !== null}
                onChange={() => toggleNode(h.tss_node_id)}
              />{' '}
              {t(h.problem ? 'prepare.groups.nodeProblem' : 'prepare.groups.node', {
                name: say(t, h.nameSaid) ?? h.name,
                // Its kind, then whether it is offline and its status unless Valid (Cobo's words for both).
                details: [
                  h.type,
                  ...(h.online ? [] : [t('prepare.groups.offline')]),
                  ...(h.status !== 'Valid' ? [h.status] : []),
                ].join(t('prepare.groups.detailSeparator')),
                problem: say(t, h.problemSaid) ?? h.problem ?? '',
              })}
            </label>
          ))}
        </fieldset>
      )}
      {s.targetGroupId && (
        <VerdictNotice verdict={verdict} okText={t('prepare.selectionOk')} testId="selection-verdict" />
      )}
    </div>
  );
}
