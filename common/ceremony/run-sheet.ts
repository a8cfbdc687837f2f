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
import { ROOM_CHECK_KEYS } from './room-checks';
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
import type { MessageKey, Translate } from '../i18n/translate';

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

const ENVIRONMENTS: Readonly<Record<string, MessageKey>> = {
  sandbox: 'reportScript.environment.sandbox',
  development: 'reportScript.environment.development',
  production: 'reportScript.environment.production',
};

/** The environment in words, as the banner says it; one the app does not know, as it is. */
export const environmentText = (environment: string, t: Translate): string => {
  const key = ENVIRONMENTS[environment];
  return key ? t(key) : environment;
};

const keyText = (g: GroupView | undefined, t: Translate) =>
  g
    ? t('reportScript.expected.key', {
        key: keyName(g.type, t),
        id: g.key_share_holder_group_id,
        threshold: String(g.threshold),
        participants: String(g.participants),
      })
    : null;

type AddStep = (
  wizard: string,
  who: string,
  what: string,
  expected?: string | null,
  observe?: boolean,
  pointOfNoReturn?: boolean,
) => ScriptStep;

/** Act 1: the environment, the key, the room and the people, each with what it should show. */
function beforeSteps(c: Ceremony, context: SheetContext, step: AddStep, t: Translate): ScriptStep[] {
  const target = context.groups.find((g) => g.key_share_holder_group_id === c.selection.targetGroupId);
  const source = context.groups.find((g) => g.key_share_holder_group_id === c.selection.sourceGroupId);
  return [
    step(
      'profile',
      t('reportScript.who.officer'),
      t('reportScript.what.readEnvironment'),
      environmentText(c.environment, t),
      true,
    ),
    step(
      'profile',
      t('reportScript.who.officer'),
      t('reportScript.what.readApiKey'),
      c.apiKeyFingerprint,
      true,
    ),
    step(
      'vault',
      t('reportScript.who.officer'),
      t('reportScript.what.readVault'),
      c.vaultName ? `${c.vaultName} (${c.selection.vaultId ?? '—'})` : null,
      true,
    ),
    ...(target
      ? [
          step(
            'groups',
            t('reportScript.who.officer'),
            t('reportScript.what.readTarget'),
            keyText(target, t),
            true,
          ),
        ]
      : []),
    ...(source
      ? [
          step(
            'groups',
            t('reportScript.who.officer'),
            t('reportScript.what.readSource'),
            keyText(source, t),
            true,
          ),
        ]
      : []),
    ...(Object.keys(ROOM_CHECK_KEYS) as ChecklistItem[]).map((item) =>
      step(
        'preflight',
        t('reportScript.who.officerAndWitnesses'),
        t('reportScript.what.roomCheck', { check: t(ROOM_CHECK_KEYS[item]) }),
      ),
    ),
    ...context.participants.map((h) =>
      step(
        'checkin',
        h.type === 'API' ? t('reportScript.who.operator', { name: h.name }) : h.name,
        h.type === 'API' ? t('reportScript.what.checkInNode') : t('reportScript.what.checkInGuard'),
        readNodeId(h.tss_node_id, t).chunks.join(' '),
        true,
      ),
    ),
  ];
}

/** Acts 2 and 3: the request (or the drill's files), then the keys compared and the record closed. */
function duringAndAfter(
  c: Ceremony,
  context: SheetContext,
  step: AddStep,
  t: Translate,
): [ScriptStep[], ScriptStep[]] {
  const kind = CEREMONY_KINDS[c.kind];
  const during =
    kind.protocol !== 'offline-drill'
      ? [
          step(
            'review',
            t('reportScript.who.officerAndWitnesses'),
            t('reportScript.what.review'),
            null,
            false,
            true,
          ),
          step('status', t('reportScript.who.custodians'), t('reportScript.what.act')),
          // Cobo's status code, as Cobo sends it in every language.
          step('status', t('reportScript.who.officer'), t('reportScript.what.readStatus'), 'Success', true),
        ]
      : [
          step('drill', t('reportScript.who.eachHolder'), t('reportScript.what.drillFile')),
          step(
            'drill',
            t('reportScript.who.officer'),
            t('reportScript.what.readConclusion'),
            t('reportScript.expected.drillConclusion'),
            true,
          ),
        ];
  // Always a step when the kind touches the root keys, so every sheet of a plan numbers its steps alike.
  const compare =
    kind.rootKeys === 'unchanged'
      ? [
          step(
            'verify',
            t('reportScript.who.custodians'),
            t('reportScript.what.compareUnchanged'),
            context.rootKeyFingerprints.length
              ? context.rootKeyFingerprints.join(t('reportScript.expected.and'))
              : null,
            true,
          ),
        ]
      : kind.rootKeys === 'created'
        ? [
            step(
              'verify',
              t('reportScript.who.custodians'),
              t('reportScript.what.compareCreated'),
              null,
              true,
            ),
          ]
        : [];
  return [
    during,
    [
      ...compare,
      step('close', t('reportScript.who.officer'), t('reportScript.what.close'), null, true),
      step(
        'close',
        t('reportScript.who.witnesses'),
        c.witnessSigners.length
          ? t('reportScript.what.witnessesPlan')
          : t('reportScript.what.witnessesByHand'),
        c.witnessSigners.length
          ? t('reportScript.expected.coSignatures', {
              count: c.witnessSigners.length,
              namespace: ATTESTATION_NAMESPACE,
            })
          : null,
      ),
    ],
  ];
}

/**
 * The sheet in the language `t` speaks. The one recorded (its hash, its steps in the journal) is
 * always made with `EN`, so a script's hash and version do not depend on the language it is printed in.
 */
export function runSheet(c: Ceremony, context: SheetContext, t: Translate): RunSheet {
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
  const before = beforeSteps(c, context, step, t);
  const [during, after] = duringAndAfter(c, context, step, t);
  return {
    ceremonyId: c.id,
    title: t(CEREMONY_KINDS[c.kind].titleKey),
    environment: environmentText(c.environment, t),
    vault: c.vaultName ?? '—',
    profile: c.profileName,
    apiKeyFingerprint: c.apiKeyFingerprint,
    officer: c.officerName,
    roles: [
      t('reportScript.role.administrator'),
      t('reportScript.role.officer'),
      t('reportScript.role.witnesses'),
      t('reportScript.role.custodians'),
      t('reportScript.role.thirdParty'),
    ],
    witnessKeys: c.witnessSigners,
    acts: [
      { title: t('reportScript.act.before'), steps: before },
      {
        title:
          CEREMONY_KINDS[c.kind].protocol === 'offline-drill'
            ? t('reportScript.act.files')
            : t('reportScript.act.request'),
        steps: during,
      },
      { title: t('reportScript.act.after'), steps: after },
    ],
  };
}

/** The script's number for a wizard step (its first), so the step can show "Script step n". */
export function scriptStepOf(sheet: RunSheet, wizard: string): number | null {
  for (const act of sheet.acts) for (const s of act.steps) if (s.wizard === wizard) return s.no;
  return null;
}
