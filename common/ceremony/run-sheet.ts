/**
 * The ceremony as a witnessed script (issue #31): the run sheet printed before the ceremony, from its
 * prepared plan. Acts of numbered steps, each with who acts, what they do, and the value expected where
 * one is known in advance (the vault, the API key's fingerprint, the keys and their shapes, the
 * holders' TSS node IDs in groups of four, the root keys' fingerprints a reshare must keep), marked
 * where a value is read aloud and observed. The point of no return is marked. Pure: the same plan
 * gives the same sheet, and so the same hash.
 */
import { CEREMONY_KINDS } from './kinds';
import { keyName } from './key-rules';
import { readNodeId } from './node-id';
import { ROOM_CHECK_WORDS } from './room-checks';
import type {
  Ceremony,
  ChecklistItem,
  GroupView,
  HolderView,
  ScriptAct,
  ScriptStep,
  WitnessSigner,
} from '../contract';
import { ATTESTATION_NAMESPACE } from './witness-plan';

export interface RunSheet {
  readonly ceremonyId: string;
  readonly title: string;
  readonly environment: string;
  readonly vault: string;
  readonly profile: string;
  readonly apiKeyFingerprint: string;
  readonly officer: string | null;
  readonly roles: readonly string[];
  /** The witnesses' keys fixed in the plan: only their co-signatures of the closing head count. */
  readonly witnessKeys: readonly WitnessSigner[];
  readonly acts: readonly ScriptAct[];
}

export interface SheetContext {
  /** The keys of the vault as Cobo lists them now. */
  readonly groups: readonly GroupView[];
  /** The custodians taking part (the check-in's list). */
  readonly participants: readonly HolderView[];
  /** Fingerprints of the vault's root keys now (what a reshare must keep); empty before KeyGen. */
  readonly rootKeyFingerprints: readonly string[];
}

const ENVIRONMENTS: Record<string, string> = {
  sandbox: 'OFFLINE SANDBOX (rehearsal, no real keys)',
  development: 'COBO DEVELOPMENT',
  production: 'COBO PRODUCTION',
};

const keyText = (g: GroupView | undefined) =>
  g ? `${keyName(g.type)} ${g.key_share_holder_group_id}, ${g.threshold}-of-${g.participants}` : null;

type AddStep = (
  wizard: string,
  who: string,
  what: string,
  expected?: string | null,
  observe?: boolean,
  pointOfNoReturn?: boolean,
) => ScriptStep;

/** Act 1: the environment, the key, the room and the people, each with what it should show. */
function beforeSteps(c: Ceremony, context: SheetContext, step: AddStep): ScriptStep[] {
  const target = context.groups.find((g) => g.key_share_holder_group_id === c.selection.targetGroupId);
  const source = context.groups.find((g) => g.key_share_holder_group_id === c.selection.sourceGroupId);
  return [
    step(
      'profile',
      'Officer',
      'Read the environment aloud from the app’s banner',
      ENVIRONMENTS[c.environment] ?? c.environment,
      true,
    ),
    step('profile', 'Officer', 'Read the API key fingerprint aloud', c.apiKeyFingerprint, true),
    step(
      'vault',
      'Officer',
      'Read the vault’s name and ID aloud',
      c.vaultName ? `${c.vaultName} (${c.selection.vaultId ?? '—'})` : null,
      true,
    ),
    ...(target
      ? [step('groups', 'Officer', 'Read aloud the key this ceremony acts on', keyText(target), true)]
      : []),
    ...(source
      ? [step('groups', 'Officer', 'Read aloud the key that gives the shares', keyText(source), true)]
      : []),
    ...(Object.keys(ROOM_CHECK_WORDS) as ChecklistItem[]).map((item) =>
      step('preflight', 'Officer and witnesses', `Room check: ${ROOM_CHECK_WORDS[item]}`),
    ),
    ...context.participants.map((h) =>
      step(
        'checkin',
        h.type === 'API' ? `${h.name}'s operator` : h.name,
        `Present and identified; reads the TSS node ID from ${h.type === 'API' ? 'the TSS Node' : 'Cobo Guard'}`,
        readNodeId(h.tss_node_id).chunks.join(' '),
        true,
      ),
    ),
  ];
}

/** Acts 2 and 3: the request (or the drill's files), then the keys compared and the record closed. */
function duringAndAfter(c: Ceremony, context: SheetContext, step: AddStep): [ScriptStep[], ScriptStep[]] {
  const kind = CEREMONY_KINDS[c.kind];
  const during =
    kind.protocol !== 'offline-drill'
      ? [
          step(
            'review',
            'Officer and witnesses',
            'Read the review in words and the exact request; then send it once',
            null,
            false,
            true,
          ),
          step(
            'status',
            'Custodians',
            'Act in Cobo Guard or on the TSS Node as the live status asks, once each',
          ),
          step('status', 'Officer', 'Read the request’s last status aloud', 'Success', true),
        ]
      : [
          step(
            'drill',
            'Each holder',
            'Bring the recovery file, type its password; the app checks it and forgets the share',
          ),
          step(
            'drill',
            'Officer',
            'Read the conclusion aloud',
            'a threshold of shares proven; the root matches',
            true,
          ),
        ];
  // Always a step when the kind touches the root keys, so every sheet of a plan numbers its steps alike.
  const compare =
    kind.rootKeys === 'unchanged'
      ? [
          step(
            'verify',
            'Custodians',
            'Compare the root keys on their devices: unchanged',
            context.rootKeyFingerprints.length ? context.rootKeyFingerprints.join(' and ') : null,
            true,
          ),
        ]
      : kind.rootKeys === 'created'
        ? [
            step(
              'verify',
              'Custodians',
              'Compare the new root keys on their devices; write their fingerprints',
              null,
              true,
            ),
          ]
        : [];
  return [
    during,
    [
      ...compare,
      step('close', 'Officer', 'Close the ceremony; read the journal head aloud', null, true),
      step(
        'close',
        'Witnesses',
        c.witnessSigners.length
          ? 'Write the journal head down; each signs it with the key in the plan, and the officer adds the signature'
          : 'Write the journal head down; sign the attestation',
        c.witnessSigners.length
          ? `${c.witnessSigners.length} co-signature${c.witnessSigners.length === 1 ? '' : 's'} in ${ATTESTATION_NAMESPACE}, each checked by the app`
          : null,
      ),
    ],
  ];
}

export function runSheet(c: Ceremony, context: SheetContext): RunSheet {
  let no = 0;
  const step: AddStep = (wizard, who, what, expected = null, observe = false, pointOfNoReturn = false) => ({
    no: ++no,
    who,
    what,
    expected,
    observe,
    pointOfNoReturn,
    wizard,
  });
  const before = beforeSteps(c, context, step);
  const [during, after] = duringAndAfter(c, context, step);
  return {
    ceremonyId: c.id,
    title: CEREMONY_KINDS[c.kind].title,
    environment: ENVIRONMENTS[c.environment] ?? c.environment,
    vault: c.vaultName ?? '—',
    profile: c.profileName,
    apiKeyFingerprint: c.apiKeyFingerprint,
    officer: c.officerName,
    roles: [
      'Ceremony administrator',
      'Officer at the keyboard',
      'Witnesses',
      'Custodians',
      'Third party (an auditor or notary), where there is one',
    ],
    witnessKeys: c.witnessSigners,
    acts: [
      { title: 'Act 1 — Before', steps: before },
      {
        title:
          CEREMONY_KINDS[c.kind].protocol === 'offline-drill' ? 'Act 2 — The files' : 'Act 2 — The request',
        steps: during,
      },
      { title: 'Act 3 — After', steps: after },
    ],
  };
}

/** The script's number for a wizard step (its first), so the step can show "Script step n". */
export function scriptStepOf(sheet: RunSheet, wizard: string): number | null {
  for (const act of sheet.acts) for (const s of act.steps) if (s.wizard === wizard) return s.no;
  return null;
}
