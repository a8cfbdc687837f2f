/**
 * The data model that crosses between the page and the main process: profiles, Cobo views, ceremonies.
 * Both sides take their types from these zod schemas and parse with them at run time. The calls and
 * events that carry them are in ./channels.ts.
 */
import { z } from 'zod';
import { Drill } from './drill';
import { SCRIPT_FIELDS } from './script';
import { hasInvisible } from '../visible-text';
import { SaidSchema } from '../i18n/said';
import { RootKeyView } from './cobo-views';

/** Bounded, printable text: what we accept from the page for names and labels. */
export const label = (max: number) =>
  z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(max, `must be at most ${max} characters`)
    // eslint-disable-next-line no-control-regex -- refusing control characters is the point
    .refine((s) => !/[\u0000-\u001f\u007f]/.test(s), {
      error: 'must not contain control characters',
      // The same words as a message key, for the page (common/describe-issues.ts); the English stays for logs.
      params: { said: 'boundary.issue.controlCharacters' },
    })
    .refine((s) => !hasInvisible(s), {
      error:
        'must not contain invisible characters (text-direction controls or zero-width characters): type the name again',
      params: { said: 'boundary.issue.invisibleCharacters' },
    });

export const noInput = z.strictObject({});

export const EnvironmentId = z.enum(['sandbox', 'development', 'production']);
export type EnvironmentId = z.infer<typeof EnvironmentId>;

export const FrontEnd = z.enum(['electron', 'browser']);
export type FrontEnd = z.infer<typeof FrontEnd>;

export const EnvironmentInfo = z.strictObject({
  id: EnvironmentId,
  label: z.string(),
  /** The base URL, or null for the offline sandbox, whose loopback port is chosen at run time. */
  baseUrl: z.string().nullable(),
  description: z.string(),
});
export type EnvironmentInfo = z.infer<typeof EnvironmentInfo>;

/** Every refusal and failure that crosses the boundary has this shape, and nothing more. */
export const ErrorPayload = z.strictObject({
  code: z.string().regex(/^[a-z][a-z0-9_.]*$/),
  /** In English, as main logged it. */
  message: z.string(),
  hint: z.string(),
  /** The same two as message keys and values, for the page to say in its language (issue #32). */
  said: z.strictObject({ message: SaidSchema, hint: SaidSchema }).optional(),
});
export type ErrorPayload = z.infer<typeof ErrorPayload>;

export const Profile = z.strictObject({
  id: z.string().uuid(),
  name: z.string(),
  environment: EnvironmentId,
  apiKey: z.string().regex(/^[0-9a-f]{64}$/),
  fingerprint: z.string(),
  createdAt: z.string(),
  /** The security officer who uses this profile (asked once); null until given. */
  officerName: z.string().nullable(),
});
export type Profile = z.infer<typeof Profile>;

export const ConnectionReport = z.strictObject({
  outcome: z.enum(['ok', 'auth_failed', 'clock_skew', 'network', 'server_error', 'unexpected']),
  message: z.string(),
  hint: z.string(),
  /** Server clock minus ours, in milliseconds, when the server sent a Date header. */
  clockSkewMs: z.number().nullable(),
  latencyMs: z.number().nullable(),
  errorId: z.string().nullable(),
  /** The message and hint as message keys and values, for the page to say in its language (issue #32). */
  said: z.strictObject({ message: SaidSchema, hint: SaidSchema }).optional(),
});
export type ConnectionReport = z.infer<typeof ConnectionReport>;

export const tssId = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[A-Za-z0-9_.:-]+$/, 'must be an id');

export const SandboxHolder = z.strictObject({
  tss_node_id: z.string(),
  name: z.string(),
  type: z.string(),
  online: z.boolean(),
  status: z.string(),
  /** The lost node this one replaced, after a lost phone. */
  replaces: z.string().nullable(),
  /** Restored from backup: the account is frozen until an Admin unfreezes it (rehearsal only). */
  frozen: z.boolean(),
  /** What Cobo Guard asks of this holder now: to review a request and tap Start Key Gen (once). */
  pending: z.array(z.strictObject({ tss_request_id: z.string(), vault_id: z.string(), type: z.string() })),
});
export type SandboxHolder = z.infer<typeof SandboxHolder>;

// ---- Ceremonies: state owned by main, mirrored by the page ----

export const CeremonyKind = z.enum([
  'VaultSetup',
  'GroupSetup',
  'KeyGen',
  'KeyGenFromKeyGroup',
  'Recovery',
  'GroupUpgrade',
  'GroupRetirement',
  'RecoveryDrill',
]);
export type CeremonyKind = z.infer<typeof CeremonyKind>;

export const CHECKLIST_ITEMS = [
  'workstation_prepared',
  'custodians_identified',
  'witnesses_present',
] as const;
export const ChecklistItem = z.enum(CHECKLIST_ITEMS);
export type ChecklistItem = z.infer<typeof ChecklistItem>;

export const GroupDesign = z.strictObject({
  type: z.enum(['MainGroup', 'SigningGroup', 'RecoveryGroup']),
  threshold: z.number().int().min(1).max(10),
  participants: z.number().int().min(1).max(10),
  /**
   * The officer says the vault is an advanced MPC vault (Cobo activates one on request; its API does
   * not say): only then are Main and Signing Keys other than 2/2 offered.
   */
  advanced: z.boolean().optional(),
  /**
   * The organisation's holders, typed by the officer or picked from those Cobo already lists. Cobo's
   * node counts among the participants but is not listed here: Cobo adds it to a Main or Signing
   * Group, and the request lists it for a Recovery Key.
   */
  holders: z
    .array(
      z.strictObject({
        tss_node_id: tssId,
        signer: z.boolean(),
        /** As the officer entered them; for a holder Cobo already lists, its own name and type are used. */
        name: label(80).optional(),
        type: z.enum(['Mobile', 'API']).optional(),
        /** Third-Party Recovery: this Recovery Key holder is a trusted third party's, not the organisation's. */
        thirdParty: z.boolean().optional(),
      }),
    )
    .max(10),
});
export type GroupDesign = z.infer<typeof GroupDesign>;

const NewVault = z.strictObject({ name: label(100) });
const MainGroupHandling = z.enum(['Invalidate', 'ConvertToSigningGroup']);
const RetireConfirmation = z.string().max(200);

export const Selection = z.strictObject({
  vaultId: tssId.nullable(),
  targetGroupId: tssId.nullable(),
  sourceGroupId: tssId.nullable(),
  sourceNodeIds: z.array(tssId).max(10),
  lostNodeId: tssId.nullable(),
  design: GroupDesign.nullable(),
  /** A vault to create (VaultSetup): Org-Controlled, with this name. */
  newVault: NewVault.nullable().default(null),
  /** GroupUpgrade: what becomes of the current Main Key (spec: OriginalMainGroupHandling). */
  mainGroupHandling: MainGroupHandling.nullable().default(null),
  /** GroupRetirement: the group's name as the officer typed it, to confirm which group goes. */
  retireConfirmation: RetireConfirmation.nullable().default(null),
  /** GroupRetirement: the officer accepts that no usable Recovery Key is left. */
  retireWithoutRecovery: z.boolean().default(false),
  /**
   * GroupRetirement of a Signing Key: the officer accepts that no other active Signing Key is left (in
   * a key share transfer the new key comes first, Cobo's manual says).
   */
  retireWithoutReplacement: z.boolean().default(false),
});
export type Selection = z.infer<typeof Selection>;

/**
 * A change to some choices: only what it names changes. (Selection.partial() would fill the fields
 * that have defaults, and so reset them on every other change.)
 */
export const SelectionPatch = Selection.partial().extend({
  newVault: NewVault.nullable().optional(),
  mainGroupHandling: MainGroupHandling.nullable().optional(),
  retireConfirmation: RetireConfirmation.nullable().optional(),
  retireWithoutRecovery: z.boolean().optional(),
  retireWithoutReplacement: z.boolean().optional(),
});
export type SelectionPatch = z.infer<typeof SelectionPatch>;

export const PreflightReport = z.strictObject({
  at: z.string(),
  ok: z.boolean(),
  checks: z.array(
    z.strictObject({
      id: z.string(),
      ok: z.boolean(),
      message: z.string(),
      hint: z.string(),
      /** The same as message keys (issue #32); no hint when the check passed. */
      said: z.strictObject({ message: SaidSchema, hint: SaidSchema.optional() }).optional(),
    }),
  ),
});
export type PreflightReport = z.infer<typeof PreflightReport>;

export const StatusObservation = z.strictObject({ status: z.string(), at: z.string() });

/** A call that changes something at Cobo, as the spec names its path (relative to the API's base). */
export const RequestCall = z.strictObject({ method: z.enum(['POST', 'PUT']), path: z.string() });
export type RequestCall = z.infer<typeof RequestCall>;

export const CeremonyPhase = z.enum([
  'preparing', // choosing and checking; the officer can go back
  'submitting', // intent recorded, request being sent
  'undecided', // the outcome of the send is unknown and listing could not decide yet
  'tracking', // a TSS request exists; following its status
  'finished', // reached an end state; verification and closing remain
  'closed',
  'abandoned',
]);
export type CeremonyPhase = z.infer<typeof CeremonyPhase>;

export const Ceremony = z.strictObject({
  id: z.uuid(),
  kind: CeremonyKind,
  profileId: z.uuid(),
  profileName: z.string(),
  /** The security officer who ran it, as the profile named them when it started; null when not given. */
  officerName: z.string().nullable().default(null),
  environment: EnvironmentId,
  apiKeyFingerprint: z.string(),
  vaultName: z.string().nullable(),
  selection: Selection,
  checklist: z.partialRecord(ChecklistItem, z.string()),
  custodians: z.record(z.string(), z.string()),
  /** The names the officer confirmed, by TSS node id. */
  custodianNames: z.record(z.string(), z.string()),
  witnesses: z.array(z.string()),
  preflight: PreflightReport.nullable(),
  reviewedAt: z.string().nullable(),
  phase: CeremonyPhase,
  requestBody: z.unknown().nullable(),
  /** The call the reviewed body goes with: its method, and the path with the vault and group it acts on. */
  requestCall: RequestCall.nullable().default(null),
  tssRequestId: z.string().nullable(),
  createdGroupId: z.string().nullable(),
  /** Each key the reviewed request names (target, source, the Main Key it replaces), by ID: its type then. */
  keyTypes: z.record(z.string(), z.string()).default({}),
  /** GroupUpgrade and Recovery: the Main Key in place at the review, which the ceremony replaces. */
  formerMainGroupId: z.string().nullable().default(null),
  statuses: z.array(StatusObservation),
  outcome: z.enum(['success', 'failed', 'cancelled', 'abandoned']).nullable(),
  /** What went wrong, in English, as the journal records it; null when nothing did. */
  failure: z.string().nullable(),
  /** The same as message keys, for the page to say in its language (issue #32); absent on older records. */
  failureSaid: SaidSchema.optional(),
  lastError: ErrorPayload.nullable(),
  rootKeysBefore: z.array(RootKeyView).nullable(),
  rootKeysAfter: z.array(RootKeyView).nullable(),
  rootKeysUnchanged: z.boolean().nullable(),
  comparedWithDevicesAt: z.string().nullable(),
  /**
   * After a ceremony that made key shares: each holder whose backup of the new share the officer
   * confirmed, by TSS node ID (Cobo's manual: back up after every key generation).
   */
  backups: z.record(z.string(), z.strictObject({ name: z.string(), at: z.string() })).default({}),
  /** RecoveryDrill: the files checked and the verdict; null for every other kind. */
  drill: Drill.nullable().default(null),
  ...SCRIPT_FIELDS,
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Ceremony = z.infer<typeof Ceremony>;

/** Whose key signed a record: this installation's current key, one of its previous keys, or neither. */
/**
 * Whose key signed a record: this installation's current or a previous key whose introductions are
 * signed back to its first key; one it recorded as made after a loss (never shown as proven); or a
 * key it does not know.
 */
export const KeyOwner = z.enum(['this-installation', 'previous-key', 'unattested', 'unknown']);
export type KeyOwner = z.infer<typeof KeyOwner>;

/** One key of the installation's key history, as About and Verify show it. */
export const KnownKeyView = z.strictObject({
  fingerprint: z.string(),
  standing: z.enum(['attested', 'unattested', 'listed-unsigned']),
  since: z.string().nullable(),
  until: z.string().nullable(),
  how: z.string(),
  /** The same as message keys, for the page's language. */
  howSaid: SaidSchema.optional(),
});
export type KnownKeyView = z.infer<typeof KnownKeyView>;

/** What is wrong with a ceremony's record, and where: the journal line, its kind, the field. */
export const RecordProblem = z.strictObject({
  line: z.number().int().nullable(),
  entryKind: z.string().nullable(),
  field: z.string().nullable(),
  reason: z.string(),
});
export type RecordProblem = z.infer<typeof RecordProblem>;

/**
 * A ceremony whose record cannot be trusted (its journal altered, or its state file disagreeing with
 * the journal). What is known comes from the journal's readable entries.
 */
export const DamagedRecord = z.strictObject({
  id: z.string().max(200),
  kind: z.string().nullable(),
  environment: z.string().nullable(),
  vaultName: z.string().nullable(),
  startedAt: z.string().nullable(),
  /** How many entries could be read before the damage. */
  entries: z.number().int().min(0),
  problem: RecordProblem,
  /** What is wrong, where, and what to do, in words. */
  summary: z.string(),
  said: SaidSchema.optional(),
});
export type DamagedRecord = z.infer<typeof DamagedRecord>;
