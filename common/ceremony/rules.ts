/**
 * What each ceremony needs and what it sends. Pure functions over what Cobo reported (no I/O), so the
 * page shows the same verdicts the main process enforces. The kinds themselves are in ./kinds.ts.
 */
import { everyHolder } from './holders';
import type { CeremonyKind, GroupDesign, GroupView, HolderView, Selection } from '../contract';
import { keyHoldingNode, keyName, nodeInAnotherKey, shapeProblem } from './key-rules';
import { acceptsTarget, CEREMONY_KINDS } from './kinds';
import { lostPhoneReport } from './lost-phone';
import { readNodeId } from './node-id';
import { said, say, type Translate } from '../i18n/translate';
import type { Said } from '../i18n/said';
import { joinSaid } from '../i18n/said-list';

export interface Verdict {
  readonly ok: boolean;
  /** What is wrong, in words; empty when ok. */
  readonly problems: string[];
}

const verdict = (problems: string[]): Verdict => ({ ok: problems.length === 0, problems });

export interface Quorum {
  readonly needed: number;
  readonly available: number;
  readonly offline: string[];
  readonly unusable: string[];
  readonly canSucceed: boolean;
  readonly sentence: string;
  /** The same sentence as message keys, for main to hand to the page. */
  readonly said: Said;
}

/** Whether `needed` of the given holders can take part right now, in one sentence in the language of `t`. */
export function quorum(holders: readonly HolderView[], needed: number, t: Translate): Quorum {
  const offline = holders.filter((h) => h.status === 'Valid' && !h.online).map((h) => h.name);
  const unusable = holders.filter((h) => h.status !== 'Valid').map((h) => `${h.name} (${h.status})`);
  const available = holders.filter((h) => h.status === 'Valid' && h.online).length;
  const canSucceed = available >= needed;
  // How many must approve, never put as if it were the group's threshold (that is for signing).
  const parts: Said[] = [
    needed === holders.length
      ? needed === 1
        ? said('words.quorum.theOne')
        : said('words.quorum.all', { needed })
      : said('words.quorum.some', { needed, total: holders.length }),
  ];
  if (offline.length)
    parts.push(said('words.quorum.offline', { count: offline.length, names: joinSaid(offline, 'list') }));
  if (unusable.length)
    parts.push(said('words.quorum.unusable', { count: unusable.length, names: joinSaid(unusable, 'list') }));
  parts.push(
    canSucceed ? said('words.quorum.canSucceed') : said('words.quorum.cannotSucceed', { available }),
  );
  const sentenceSaid = said('words.quorum.sentence', { parts: joinSaid(parts, 'semicolon') });
  const sentence = say(t, sentenceSaid) ?? '';
  return { needed, available, offline, unusable, canSucceed, sentence, said: sentenceSaid };
}

/**
 * Cobo's share is in every new key (Cobo's manual, October 2025: "Recovery without this stored key
 * share is no longer available"). For a Main or Signing Key Cobo adds its node itself (spec:
 * KeyShareHolderGroupType); for a Recovery Key the request lists it (from cobo_key_share_holders).
 */
export const coboListedByUs = (type: GroupDesign['type']): boolean => type === 'RecoveryGroup';

/** A Recovery Key signs nothing: only Main and Signing Keys have a designated signer. */
export const needsSigner = (type: GroupDesign['type']): boolean => type !== 'RecoveryGroup';

/** How many of the organisation's own holders a design lists: Cobo's node counts among the participants. */
export const ownHolderCount = (d: Pick<GroupDesign, 'participants'>): number => d.participants - 1;

/** The group's size in words, Cobo counted: "2-of-3: Cobo plus 2 of your holders; any 2 of the 3 approve". */
export function shapeInWords(
  d: Pick<GroupDesign, 'type' | 'threshold' | 'participants'>,
  t: Translate,
): string {
  const { threshold, participants } = d;
  const any =
    threshold === participants
      ? t('words.shape.approveAll', { participants })
      : t('words.shape.approveAny', { threshold, participants });
  return t('words.shape.inWords', { threshold, participants, own: ownHolderCount(d), any });
}

/**
 * How a Recovery Key is held (Cobo's manual, holder-group-recovery-group): Self Recovery, both other
 * shares the organisation's, or Third-Party Recovery, one of them a trusted third party's.
 */
export const recoveryMode = (d: Pick<GroupDesign, 'holders'>): 'Self Recovery' | 'Third-Party Recovery' =>
  d.holders.some((h) => h.thirdParty) ? 'Third-Party Recovery' : 'Self Recovery';

/** A design's holders with what is known of each: as entered, or as Cobo lists it. */
export function designHolders(d: GroupDesign, nodes: readonly HolderView[]) {
  return d.holders.map((h) => {
    const known = nodes.find((n) => n.tss_node_id === h.tss_node_id);
    return { ...h, known, name: h.name ?? known?.name, type: h.type ?? known?.type };
  });
}

function holderProblems(
  d: GroupDesign,
  nodes: readonly HolderView[],
  groups: readonly GroupView[],
  t: Translate,
): string[] {
  const problems: string[] = [];
  const inOtherKeys: string[] = [];
  const holders = designHolders(d, nodes);
  for (const h of holders) {
    const who = h.name ?? h.tss_node_id;
    const other = h.type === 'Cobo' ? undefined : keyHoldingNode(h.tss_node_id, groups);
    if (other)
      inOtherKeys.push(nodeInAnotherKey(who, { type: other.type, id: other.key_share_holder_group_id }, t));
    for (const p of readNodeId(h.tss_node_id, t).problems)
      problems.push(t('words.rules.holderProblem', { who, problem: p }));
    if (h.type === 'Cobo') problems.push(t('words.rules.coboNodeListed'));
    else if (h.type !== 'Mobile' && h.type !== 'API') problems.push(t('words.rules.sayType', { who }));
    if (!h.name) problems.push(t('words.rules.giveName', { node: h.tss_node_id }));
    if (h.known && h.known.status !== 'Valid') problems.push(t('words.rules.holderInactive'));
    else if (h.known && h.type && h.known.type !== h.type)
      problems.push(t('words.rules.typeDiffers', { who, listed: h.known.type, given: h.type }));
  }
  if (new Set(d.holders.map((h) => h.tss_node_id)).size !== d.holders.length)
    problems.push(t('words.rules.sameNodeTwice'));
  return [...new Set(problems), ...inOtherKeys];
}

/** Cobo's own node, which a Recovery Key's request lists: the first Cobo lists as valid. */
export const coboNode = (cobo: readonly HolderView[]): HolderView | undefined =>
  cobo.find((n) => n.type === 'Cobo' && n.status === 'Valid' && !n.problem);

/**
 * Checks a new group's design against Cobo's rules and what Cobo lists: the organisation's holders
 * (`nodes`), Cobo's own (`cobo`, from cobo_key_share_holders) and the vault's keys (`groups`); the
 * last two are left out where they are not known.
 */
export function checkDesign(
  selection: Selection,
  nodes: readonly HolderView[],
  cobo: readonly HolderView[] | undefined,
  groups: readonly GroupView[],
  t: Translate,
): Verdict {
  const d = selection.design;
  if (!d) return verdict([t('words.rules.chooseDesign')]);
  const problems: string[] = [];
  const shape = shapeProblem(d.type, d, d.advanced === true, t);
  if (shape) problems.push(shape);
  const own = ownHolderCount(d);
  if (d.holders.length !== own)
    problems.push(
      t('words.rules.holderCount', { own, added: d.holders.length, participants: d.participants }),
    );
  problems.push(...holderProblems(d, nodes, groups, t));
  if (needsSigner(d.type) && !d.holders.some((h) => h.signer)) problems.push(t('words.rules.chooseSigner'));
  const thirdParties = d.holders.filter((h) => h.thirdParty).length;
  if (thirdParties && d.type !== 'RecoveryGroup') problems.push(t('words.rules.thirdPartyOnlyRecovery'));
  else if (thirdParties > 1 || (thirdParties === 1 && d.holders.length < 2))
    problems.push(t('words.rules.thirdPartyShape'));
  if (cobo && coboListedByUs(d.type) && !coboNode(cobo)) problems.push(t('words.rules.noCoboNode'));
  return verdict(problems);
}

/** Checks the chosen groups and source nodes for a TSS ceremony, against what Cobo reports now. */
export function checkSelection(
  kind: CeremonyKind,
  selection: Selection,
  groups: readonly GroupView[],
  vaultHasRootKeys: boolean,
  t: Translate,
): Verdict {
  if (kind === 'GroupSetup') return verdict([]);
  const rules = CEREMONY_KINDS[kind];
  const problems: string[] = [];
  const target = groups.find((g) => g.key_share_holder_group_id === selection.targetGroupId);
  if (!target) return verdict([t('words.rules.chooseTarget')]);
  if (!acceptsTarget(rules, target.type))
    problems.push(
      t('words.rules.targetType', { types: rules.targetTypes.join(t('words.rules.targetTypeOr')) }),
    );
  if (target.status !== 'New' || target.has_keys)
    problems.push(t('words.rules.targetHasShares', { status: 'New' }));
  if (target.holders.some((h) => h.status !== 'Valid')) problems.push(t('words.rules.targetInactive'));
  if (kind === 'KeyGen' && vaultHasRootKeys) problems.push(t('words.rules.hasRootKeys'));
  if (kind !== 'KeyGen') {
    if (!vaultHasRootKeys) problems.push(t('words.rules.noRootKeys'));
    const source = groups.find((g) => g.key_share_holder_group_id === selection.sourceGroupId);
    if (!source) return verdict([...problems, t('words.rules.chooseSource')]);
    if (source.type !== rules.sourceType)
      problems.push(t('words.rules.sourceType', { key: keyName(rules.sourceType ?? '', t) }));
    if (source.status !== 'Valid')
      problems.push(t('words.rules.sourceStatus', { status: source.status, valid: 'Valid' }));
    const ids = selection.sourceNodeIds;
    const members = source.holders.filter((h) => ids.includes(h.tss_node_id));
    if (members.length !== ids.length) problems.push(t('words.rules.sourceNodeOutside'));
    const cobo = source.holders.find((h) => h.type === 'Cobo');
    if (cobo && !ids.includes(cobo.tss_node_id)) problems.push(t('words.rules.sourceNeedsCobo'));
    if (ids.length < source.threshold)
      problems.push(t('words.rules.sourceTooFew', { threshold: source.threshold, chosen: ids.length }));
    if (members.some((h) => h.status !== 'Valid')) problems.push(t('words.rules.sourceInactive'));
  }
  if (kind === 'Recovery') {
    const lost = lostPhoneReport(selection.lostNodeId, groups, [], t);
    if (lost.problem) problems.push(lost.problem);
    if (target.holders.some((h) => h.tss_node_id === selection.lostNodeId))
      problems.push(t('words.rules.lostPhoneInNewMain'));
  }
  return verdict(problems);
}

/** The custodians taking part: the target group's holders and the chosen source nodes (a new group's holders for a set-up), Cobo's node aside. */
export function participants(
  kind: CeremonyKind,
  selection: Selection,
  groups: readonly GroupView[],
  nodes: readonly HolderView[],
): HolderView[] {
  if (kind === 'GroupSetup') {
    // A design's holders may be typed in, not listed by Cobo yet: they are shown as entered.
    const d = selection.design;
    return (d ? designHolders(d, nodes) : [])
      .filter((h) => h.type !== 'Cobo')
      .map(
        (h): HolderView =>
          h.known ?? {
            tss_node_id: h.tss_node_id,
            name: h.name ?? h.tss_node_id,
            type: h.type ?? 'Unknown',
            online: false,
            signer: h.signer,
            status: 'NotListed',
            problem: null,
          },
      );
  }
  const ids = new Set<string>();
  const target = groups.find((g) => g.key_share_holder_group_id === selection.targetGroupId);
  for (const h of target?.holders ?? []) ids.add(h.tss_node_id);
  for (const id of selection.sourceNodeIds) ids.add(id);
  const all = everyHolder(groups, nodes);
  return [...ids].flatMap((id) => {
    const h = all.find((n) => n.tss_node_id === id);
    return h && h.type !== 'Cobo' ? [h] : [];
  });
}

/** The exact body the ceremony sends. */
export function requestBody(
  kind: CeremonyKind,
  selection: Selection,
  description: string,
  nodes: readonly HolderView[],
  cobo: readonly HolderView[],
): Record<string, unknown> {
  if (kind === 'GroupSetup') {
    const d = selection.design;
    if (!d) throw new Error('no design');
    const own = designHolders(d, nodes).map((h) => ({
      name: h.name ?? '',
      type: h.type ?? '',
      tss_node_id: h.tss_node_id,
      signer: needsSigner(d.type) && h.signer,
    }));
    // Cobo adds its own node to a Main or Signing Key; a Recovery Key's request lists it.
    const coboHolder = coboListedByUs(d.type) ? coboNode(cobo) : undefined;
    if (coboListedByUs(d.type) && !coboHolder) throw new Error('no Cobo node to list');
    return {
      key_share_holder_group_type: d.type,
      participants: d.participants,
      threshold: d.threshold,
      key_share_holders: coboHolder
        ? [
            { name: coboHolder.name, type: 'Cobo', tss_node_id: coboHolder.tss_node_id, signer: false },
            ...own,
          ]
        : own,
    };
  }
  return {
    type: kind,
    target_key_share_holder_group_id: selection.targetGroupId,
    ...(kind === 'KeyGen'
      ? {}
      : {
          source_key_share_holder_group: {
            key_share_holder_group_id: selection.sourceGroupId,
            tss_node_ids: selection.sourceNodeIds,
          },
        }),
    description,
  };
}
