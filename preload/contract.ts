/**
 * The one contract between the page and the main process.
 *
 * Every call (page -> main, request/response) and every event (main -> page) is declared here with a
 * zod schema. Both sides take their types from these schemas, and both sides parse with them at run
 * time: the bridge before a call leaves the page and after its answer arrives, the dispatch in main
 * before a handler runs and before its answer leaves. Nothing else crosses the boundary.
 */
import { z } from 'zod';

/** Bounded, printable text: what we accept from the page for names and labels. */
const label = (max: number) =>
  z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(max, `must be at most ${max} characters`)
    // eslint-disable-next-line no-control-regex -- refusing control characters is the point
    .refine((s) => !/[\u0000-\u001f\u007f]/.test(s), 'must not contain control characters');

const noInput = z.strictObject({});

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
  message: z.string(),
  hint: z.string(),
});
export type ErrorPayload = z.infer<typeof ErrorPayload>;

export const Profile = z.strictObject({
  id: z.string().uuid(),
  name: z.string(),
  environment: EnvironmentId,
  apiKey: z.string().regex(/^[0-9a-f]{64}$/),
  fingerprint: z.string(),
  createdAt: z.string(),
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
});
export type ConnectionReport = z.infer<typeof ConnectionReport>;

const tssId = z
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
  pending: z.array(z.strictObject({ tss_request_id: z.string(), vault_id: z.string(), type: z.string() })),
});
export type SandboxHolder = z.infer<typeof SandboxHolder>;

// ---- Cobo data the page shows while choosing (what the client parsed; enums kept open) ----

export const RootKeyView = z.strictObject({ curve: z.string(), root_pubkey: z.string() });
export type RootKeyView = z.infer<typeof RootKeyView>;

export const VaultView = z.strictObject({
  vault_id: z.string(),
  name: z.string(),
  type: z.string(),
  root_pubkeys: z.array(RootKeyView),
});
export type VaultView = z.infer<typeof VaultView>;

export const HolderView = z.strictObject({
  tss_node_id: z.string(),
  name: z.string(),
  type: z.string(),
  online: z.boolean(),
  signer: z.boolean(),
  status: z.string(),
});
export type HolderView = z.infer<typeof HolderView>;

export const GroupView = z.strictObject({
  key_share_holder_group_id: z.string(),
  type: z.string(),
  status: z.string(),
  threshold: z.number(),
  participants: z.number(),
  holders: z.array(HolderView),
  has_keys: z.boolean(),
});
export type GroupView = z.infer<typeof GroupView>;

// ---- Ceremonies: state owned by main, mirrored by the page ----

export const CeremonyKind = z.enum(['GroupSetup', 'KeyGen', 'KeyGenFromKeyGroup', 'Recovery']);
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
  holders: z.array(z.strictObject({ tss_node_id: tssId, signer: z.boolean() })).max(10),
});
export type GroupDesign = z.infer<typeof GroupDesign>;

export const Selection = z.strictObject({
  vaultId: tssId.nullable(),
  targetGroupId: tssId.nullable(),
  sourceGroupId: tssId.nullable(),
  sourceNodeIds: z.array(tssId).max(10),
  lostNodeId: tssId.nullable(),
  design: GroupDesign.nullable(),
});
export type Selection = z.infer<typeof Selection>;

export const PreflightReport = z.strictObject({
  at: z.string(),
  ok: z.boolean(),
  checks: z.array(z.strictObject({ id: z.string(), ok: z.boolean(), message: z.string(), hint: z.string() })),
});
export type PreflightReport = z.infer<typeof PreflightReport>;

export const StatusObservation = z.strictObject({ status: z.string(), at: z.string() });

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
  tssRequestId: z.string().nullable(),
  createdGroupId: z.string().nullable(),
  statuses: z.array(StatusObservation),
  outcome: z.enum(['success', 'failed', 'cancelled', 'abandoned']).nullable(),
  failure: z.string().nullable(),
  lastError: ErrorPayload.nullable(),
  rootKeysBefore: z.array(RootKeyView).nullable(),
  rootKeysAfter: z.array(RootKeyView).nullable(),
  rootKeysUnchanged: z.boolean().nullable(),
  comparedWithDevicesAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Ceremony = z.infer<typeof Ceremony>;

const ceremonyId = z.strictObject({ id: z.uuid() });

const call = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) => ({ input, output });

/** Calls: page -> main, one answer each. */
export const channels = {
  'app.info': call(
    noInput,
    z.strictObject({
      name: z.string(),
      version: z.string(),
      commit: z.string(),
      frontEnd: FrontEnd,
      versions: z.strictObject({
        electron: z.string().nullable(),
        chromium: z.string().nullable(),
        node: z.string(),
      }),
      environments: z.array(EnvironmentInfo),
    }),
  ),
  'profiles.list': call(
    noInput,
    z.strictObject({
      profiles: z.array(Profile),
      /** Set when the profile file could not be read; the file is left untouched. */
      problem: ErrorPayload.nullable(),
    }),
  ),
  'profiles.import': call(
    z.strictObject({
      name: label(80),
      environment: EnvironmentId,
      // The secret crosses once, page -> main, and is never sent back. Its format is checked in main so
      // that the reason for a refusal is specific.
      secret: z.string().max(512),
      /** Optional: the API key the officer expects, checked against the one derived from the secret. */
      expectedApiKey: z.string().max(200).optional(),
    }),
    Profile,
  ),
  'profiles.generate': call(z.strictObject({ name: label(80), environment: EnvironmentId }), Profile),
  'profiles.rename': call(z.strictObject({ id: z.string().uuid(), name: label(80) }), Profile),
  'profiles.delete': call(
    // The page must repeat the profile's name: a confirmation that names what is deleted.
    z.strictObject({ id: z.string().uuid(), confirmName: z.string().max(200) }),
    z.strictObject({ deleted: z.literal(true) }),
  ),
  'profiles.testConnection': call(z.strictObject({ id: z.string().uuid() }), ConnectionReport),
  /** The offline sandbox's simulated key share holders, so a rehearsing team can play their part. */
  'sandbox.holders': call(
    noInput,
    z.strictObject({ holders: z.array(SandboxHolder), manualApproval: z.boolean() }),
  ),
  'sandbox.decide': call(
    z.strictObject({ tssNodeId: tssId, tssRequestId: tssId, decision: z.enum(['approve', 'reject']) }),
    z.strictObject({ status: z.string() }),
  ),
  'sandbox.setOnline': call(
    z.strictObject({ tssNodeId: tssId, online: z.boolean() }),
    z.strictObject({ online: z.boolean() }),
  ),
  'sandbox.losePhone': call(
    z.strictObject({ tssNodeId: tssId }),
    z.strictObject({ lost: z.string(), replacement: z.string() }),
  ),
  'sandbox.setManualApproval': call(
    z.strictObject({ manual: z.boolean() }),
    z.strictObject({ manual: z.boolean() }),
  ),
  // Cobo data for the choices of a ceremony, through the ceremony's profile.
  'cobo.vaults': call(
    z.strictObject({ profileId: z.uuid() }),
    z.strictObject({ vaults: z.array(VaultView) }),
  ),
  'cobo.groups': call(
    z.strictObject({ profileId: z.uuid(), vaultId: tssId }),
    z.strictObject({ groups: z.array(GroupView), nodes: z.array(HolderView) }),
  ),

  // Ceremonies: every change happens in main and comes back as the whole ceremony.
  'ceremony.list': call(noInput, z.strictObject({ ceremonies: z.array(Ceremony) })),
  'ceremony.start': call(z.strictObject({ kind: CeremonyKind, profileId: z.uuid() }), Ceremony),
  'ceremony.get': call(ceremonyId, Ceremony),
  'ceremony.select': call(z.strictObject({ id: z.uuid(), selection: Selection.partial() }), Ceremony),
  'ceremony.tick': call(z.strictObject({ id: z.uuid(), item: ChecklistItem }), Ceremony),
  'ceremony.checkIn': call(z.strictObject({ id: z.uuid(), tssNodeId: tssId, name: label(120) }), Ceremony),
  'ceremony.setWitnesses': call(
    z.strictObject({ id: z.uuid(), witnesses: z.array(label(80)).max(10) }),
    Ceremony,
  ),
  'ceremony.preflight': call(ceremonyId, Ceremony),
  'ceremony.review': call(ceremonyId, Ceremony),
  'ceremony.submit': call(
    z.strictObject({ id: z.uuid(), confirmVaultName: z.string().max(200).optional() }),
    Ceremony,
  ),
  'ceremony.reconcile': call(ceremonyId, Ceremony),
  'ceremony.cancelRequest': call(ceremonyId, Ceremony),
  'ceremony.recordComparison': call(ceremonyId, Ceremony),
  'ceremony.close': call(ceremonyId, Ceremony),
  'ceremony.abandon': call(ceremonyId, Ceremony),

  // The record: signed transcripts, their verification, the printable report.
  'transcript.export': call(
    ceremonyId,
    z.strictObject({ path: z.string().nullable(), installationKeyFingerprint: z.string() }),
  ),
  'transcript.verify': call(
    z.strictObject({ content: z.string().max(50 * 1024 * 1024) }),
    z.strictObject({
      ok: z.boolean(),
      problem: z.string().nullable(),
      fingerprint: z.string().nullable(),
      summary: z.string(),
    }),
  ),
  'report.savePdf': call(ceremonyId, z.strictObject({ path: z.string().nullable() })),
  'app.installationKey': call(noInput, z.strictObject({ publicKey: z.string(), fingerprint: z.string() })),
} as const;

/** Events: main -> page, pushed. */
export const events = {
  /** Main tells the page that something it shows has changed, so the page reads it again. */
  'app.changed': z.strictObject({ topic: z.enum(['profiles', 'sandbox']) }),
  /** A ceremony changed in main (a choice, a tick, a status from Cobo): the page mirrors it. */
  'ceremony.updated': Ceremony,
} as const;

export type Channels = typeof channels;
export type Channel = keyof Channels;
export type Events = typeof events;
export type EventName = keyof Events;

export type ChannelInput<C extends Channel> = z.input<Channels[C]['input']>;
export type ParsedInput<C extends Channel> = z.output<Channels[C]['input']>;
export type ChannelOutput<C extends Channel> = z.output<Channels[C]['output']>;
export type EventPayload<E extends EventName> = z.output<Events[E]>;

/** What a call answers: a value or a structured error, never a thrown stack. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: ErrorPayload };

export const ResultEnvelope = z.union([
  z.strictObject({ ok: z.literal(true), value: z.unknown() }),
  z.strictObject({ ok: z.literal(false), error: ErrorPayload }),
]);

export const EventEnvelope = z.strictObject({ event: z.string(), payload: z.unknown() });

export const channelNames = Object.keys(channels) as Channel[];
export const eventNames = Object.keys(events) as EventName[];

export const isChannel = (name: unknown): name is Channel =>
  typeof name === 'string' && Object.prototype.hasOwnProperty.call(channels, name);
export const isEventName = (name: unknown): name is EventName =>
  typeof name === 'string' && Object.prototype.hasOwnProperty.call(events, name);

/** The Electron IPC channel names that carry the contract: one for calls, one for events. */
export const IPC_CALL = 'kc:call';
export const IPC_EVENT = 'kc:event';

/** Plain-language summary of the first schema problem, without echoing the value itself. */
export function describeIssues(error: z.ZodError): string {
  const first = error.issues[0];
  if (!first) return 'the input is not valid';
  const where = first.path.length ? first.path.map(String).join('.') : 'input';
  return `${where}: ${first.message}`;
}
