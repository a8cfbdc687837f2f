/**
 * The recovery drill's checks over a key's recovery files, one file at a time: its form, that it
 * belongs to the same key as the others (group, curve, threshold, participants) with a share of its
 * own, its share opened with its password and matched to its public key (then forgotten), and, from
 * the participants' share public keys alone, that every threshold subset gives one root key: the one
 * expected from the record, never the one the files claim. Used by the drill and by the command line.
 */
import type { Said } from '../../common/i18n/said';
import { said, sayEnglish } from '../../common/i18n/translate';
import { lines } from '../../common/i18n/said-list';
import { sha256Hex } from '../journal/chain';
import {
  parseRecoveryFile,
  RecoveryFileError,
  type RecoveryGroup,
} from '../../common/recovery-kit/file-format';
import { readExtendedKey } from '../../common/recovery-kit/extended-key';
import { commonRoot } from '../../common/recovery-kit/interpolation';
import { checkShare } from './share-check';

export interface KitFile {
  readonly name: string;
  readonly text: string;
}

export interface FileOutcome {
  readonly file: string;
  readonly sha256: string;
  readonly nodeId: string | null;
  readonly shareId: string | null;
  /** The checks this file passed, in order. */
  readonly passed: readonly string[];
  /** `said`: the message as message keys, when it is said so (issue #32); else the page shows the English. */
  readonly failed: { readonly check: string; readonly message: string; readonly said?: Said } | null;
}

/** What is kept of a checked file: its group's public facts, never the sealed share or its KDF. */
export interface PublicGroup {
  readonly version: number;
  readonly group_info: RecoveryGroup['group_info'];
  readonly share_info: Pick<RecoveryGroup['share_info'], 'node_id' | 'share_id' | 'share_public_key'>;
}

const publicPart = (g: RecoveryGroup): PublicGroup => ({
  version: g.version,
  group_info: g.group_info,
  share_info: {
    node_id: g.share_info.node_id,
    share_id: g.share_info.share_id,
    share_public_key: g.share_info.share_public_key,
  },
});

export type KitOutcome = 'proven' | 'failed' | 'unanchored' | 'too-few';

export interface KitVerdict {
  readonly outcome: KitOutcome;
  readonly groupId: string | null;
  readonly curve: string | null;
  readonly threshold: number | null;
  readonly participants: number | null;
  /** Files whose share opened and matched its public key. */
  readonly proven: number;
  readonly files: readonly FileOutcome[];
  /** What is and is not proven, in a sentence or two. */
  readonly summary: string;
  /** The same as message keys, for the page to say in its language (issue #32). */
  readonly said: Said;
}

/** Whether a group's declared root is this root key (read on the group's curve). */
const declares = (g: RecoveryGroup, root: string) => {
  const a = readExtendedKey(g.group_info.curve, g.group_info.root_extended_public_key);
  const b = readExtendedKey(g.group_info.curve, root);
  return a !== null && b !== null && a.point === b.point;
};

/**
 * The group of the file this drill is about: by its ID; else, in a file holding several (one per
 * curve), the one that declares the expected root; else the file's only one.
 */
function groupOf(
  groups: RecoveryGroup[],
  groupId: string | null,
  expectedRoot: string | null,
): RecoveryGroup {
  const byRoot = expectedRoot === null ? [] : groups.filter((g) => declares(g, expectedRoot));
  const found = groupId
    ? groups.find((g) => g.group_info.id === groupId)
    : groups.length === 1
      ? groups[0]
      : byRoot.length === 1
        ? byRoot[0]
        : undefined;
  if (found) return found;
  throw new RecoveryFileError(
    groupId
      ? said('checks.file.otherKeysFile', { groupId, held: groups.map((g) => g.group_info.id).join(', ') })
      : said('checks.file.whichGroup', {
          count: String(groups.length),
          held: groups.map((g) => g.group_info.id).join(', '),
        }),
    'group',
  );
}

/** Within one file: the share is one of the participants, and the participants are distinct. */
function ownShareProblem(g: RecoveryGroup): Said | null {
  const p = g.group_info.participants;
  if (g.group_info.threshold > p.length) return said('checks.kit.problem.threshold');
  for (const field of ['node_id', 'share_id', 'share_public_key'] as const)
    if (new Set(p.map((x) => x[field])).size !== p.length)
      return said('checks.kit.problem.sameField', { field });
  const own = p.find((x) => x.node_id === g.share_info.node_id);
  if (!own) return said('checks.kit.problem.noParticipant');
  if (own.share_id !== g.share_info.share_id || own.share_public_key !== g.share_info.share_public_key)
    return said('checks.kit.problem.ownEntry');
  return null;
}

/** Against the first file: the same key, and a share no earlier file had. */
function sameKeyProblem(g: PublicGroup, first: PublicGroup, earlier: readonly PublicGroup[]): Said | null {
  const a = g.group_info;
  const b = first.group_info;
  for (const field of ['id', 'type', 'curve', 'threshold', 'chaincode', 'root_extended_public_key'] as const)
    if (a[field] !== b[field]) return said('checks.kit.problem.fieldDiffers', { field });
  const set = (x: PublicGroup) =>
    JSON.stringify(x.group_info.participants.map((p) => [p.node_id, p.share_id, p.share_public_key]).sort());
  if (set(g) !== set(first)) return said('checks.kit.problem.participantsDiffer');
  if (
    earlier.some(
      (e) => e.share_info.node_id === g.share_info.node_id || e.share_info.share_id === g.share_info.share_id,
    )
  )
    return said('checks.kit.problem.sameShare', { node: g.share_info.node_id });
  return null;
}

export interface FileCheckOptions {
  readonly groupId?: string | null;
  /** The root key this app recorded for the vault (xpub or cpub); null when none is known. */
  readonly expectedRoot: string | null;
  /** Asked for the file once its form is checked; never kept. */
  readonly password: () => Promise<string> | string;
}

/** One file, against the files accepted before it: what it passed, and its public facts if it passed all. */
export async function checkFile(
  file: KitFile,
  earlier: readonly PublicGroup[],
  options: FileCheckOptions,
): Promise<{ outcome: FileOutcome; group: PublicGroup | null }> {
  const passed: string[] = [];
  const base = { file: file.name, sha256: sha256Hex(file.text) };
  const fail = (check: string, message: Said, g?: RecoveryGroup) => ({
    outcome: {
      ...base,
      nodeId: g?.share_info.node_id ?? null,
      shareId: g?.share_info.share_id ?? null,
      passed,
      failed: { check, message: sayEnglish(message), said: message },
    },
    group: null,
  });
  let g: RecoveryGroup;
  try {
    g = groupOf(
      parseRecoveryFile(file.text),
      options.groupId ?? earlier[0]?.group_info.id ?? null,
      options.expectedRoot,
    );
  } catch (e) {
    if (!(e instanceof RecoveryFileError)) throw e;
    return fail(e.check, e.said);
  }
  passed.push('form');
  const own = ownShareProblem(g);
  if (own) return fail('participants', said('checks.drill.inconsistent', { problem: own }), g);
  const first = earlier[0];
  const other = first ? sameKeyProblem(g, first, earlier) : null;
  if (other) return fail('same-key', said('checks.drill.otherKey', { problem: other }), g);
  passed.push('same-key');
  const share = checkShare(g, await options.password());
  if (!share.ok) return fail(share.check, share.message, g);
  passed.push('share');
  return {
    outcome: { ...base, nodeId: g.share_info.node_id, shareId: g.share_info.share_id, passed, failed: null },
    group: publicPart(g),
  };
}

export async function checkKit(
  files: readonly KitFile[],
  options: Omit<FileCheckOptions, 'password'> & { readonly password: (file: string) => Promise<string> },
): Promise<KitVerdict> {
  const outcomes: FileOutcome[] = [];
  const accepted: PublicGroup[] = [];
  for (const file of files) {
    const { outcome, group } = await checkFile(file, accepted, {
      ...options,
      password: () => options.password(file.name),
    });
    outcomes.push(outcome);
    if (group) accepted.push(group);
  }
  return concludeKit(outcomes, accepted, options.expectedRoot);
}

/** The verdict over the files checked: every share, the one polynomial, and the expected root. */
export function concludeKit(
  outcomes: readonly FileOutcome[],
  accepted: readonly PublicGroup[],
  expectedRoot: string | null,
  /**
   * Whether a file that failed fails the whole (the command: every file named must check). A drill
   * lists the files that failed as not proven, and decides on the shares that were.
   */
  failuresFail = true,
  /** The day the drill concluded, said with the count ("2 of 3 shares proven on 3 Dec 2026"). */
  day: Said | null = null,
): KitVerdict {
  const g = accepted[0];
  const info = g?.group_info;
  const base = {
    groupId: info?.id ?? null,
    curve: info?.curve ?? null,
    threshold: info?.threshold ?? null,
    participants: info?.participants.length ?? null,
    proven: accepted.length,
    files: outcomes,
  };
  const failed = outcomes.filter((o) => o.failed);
  // Said as message keys; the summary is their English, so the two cannot differ.
  const verdict = (outcome: KitOutcome, sentence: Said): KitVerdict => ({
    ...base,
    outcome,
    summary: sayEnglish(sentence),
    said: sentence,
  });
  if (!g || !info) return verdict('failed', said('verdicts.kit.nothing'));
  // From the participants' public keys alone: every threshold subset gives one point.
  const shares = info.participants.map((p) => ({
    x: BigInt(p.share_id),
    // As written (0x dropped): each point is read once, by the interpolation.
    point: p.share_public_key.slice(2),
  }));
  const polynomial = commonRoot(info.curve, shares, info.threshold);
  const claimed = readExtendedKey(info.curve, info.root_extended_public_key);
  const expected = expectedRoot === null ? null : readExtendedKey(info.curve, expectedRoot);
  const problems: Said[] = [];
  if (!polynomial?.onOnePolynomial) problems.push(said('verdicts.kit.notOnePolynomial'));
  else if (
    !claimed ||
    claimed.point !== polynomial.root ||
    claimed.chainCode !== info.chaincode.slice(2).toLowerCase()
  )
    problems.push(said('verdicts.kit.declaredNotGiven'));
  if (expectedRoot !== null && (!expected || expected.point !== polynomial?.root))
    problems.push(said('verdicts.kit.notRecorded'));
  const notProven = failed.map((f) =>
    said('verdicts.kit.notProvenFile', { file: f.file, message: f.failed?.said ?? f.failed?.message ?? '' }),
  );
  // Counts as text: a number would be said with a thousands separator.
  const counted = { proven: String(accepted.length), participants: String(info.participants.length) };
  const count = day ? said('verdicts.kit.countOn', { ...counted, day }) : said('verdicts.kit.count', counted);
  const threshold = String(info.threshold);
  if ((failuresFail && failed.length) || problems.length)
    return verdict(
      'failed',
      lines(
        said('verdicts.kit.failed', { count, threshold }),
        ...notProven,
        ...problems.map((problem) => said('verdicts.kit.notProven', { problem })),
      ),
    );
  if (accepted.length < info.threshold)
    return verdict('too-few', lines(said('verdicts.kit.tooFew', { count, threshold }), ...notProven));
  if (expectedRoot === null)
    return verdict('unanchored', lines(said('verdicts.kit.unanchored', { count }), ...notProven));
  return verdict('proven', lines(said('verdicts.kit.proven', { count }), ...notProven));
}
