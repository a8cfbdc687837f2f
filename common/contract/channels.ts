/**
 * The one contract between the page and the main process: every call (page -> main, request/response)
 * and every event (main -> page), each with a zod schema of what it carries (the data model is in
 * ./model.ts). The bridge parses a call before it leaves the page and its answer when it arrives; the
 * dispatch in main parses the input before a handler runs and the output before it leaves. Nothing
 * else crosses the boundary.
 */
import { z } from 'zod';
import {
  Ceremony,
  CeremonyKind,
  ChecklistItem,
  ConnectionReport,
  DamagedRecord,
  EnvironmentId,
  EnvironmentInfo,
  ErrorPayload,
  FrontEnd,
  KeyOwner,
  KnownKeyView,
  label,
  noInput,
  Profile,
  SelectionPatch,
  tssId,
} from './model';
import { GroupView, HolderView, VaultView } from './cobo-views';
import { JournalEntryView, KeyNames, ReplacedInstallationKey } from './views';
import { call, sandboxChannels } from './sandbox-channels';
import { ScriptException, WitnessesView } from './script';
import { Locale } from '../i18n/locales';
import { SaidSchema } from '../i18n/said';

const ceremonyId = z.strictObject({ id: z.uuid() });

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
  /** The screens' language chosen for this installation; null: as the system asks. */
  'app.language': call(noInput, z.strictObject({ chosen: Locale.nullable() })),
  'app.setLanguage': call(
    z.strictObject({ locale: Locale.nullable() }),
    z.strictObject({ chosen: Locale.nullable() }),
  ),
  'profiles.list': call(
    noInput,
    z.strictObject({
      profiles: z.array(Profile),
      /**
       * The profiles whose API secret the keychain answered it does not hold: they cannot sign, and are
       * marked wherever a profile is offered. Empty when the keychain could not answer (`problem` says so).
       */
      missingSecret: z.array(z.uuid()),
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
  'profiles.setOfficer': call(z.strictObject({ id: z.uuid(), officerName: label(80) }), Profile),
  'profiles.delete': call(
    // The page must repeat the profile's name: a confirmation that names what is deleted.
    z.strictObject({ id: z.string().uuid(), confirmName: z.string().max(200) }),
    z.strictObject({ deleted: z.literal(true) }),
  ),
  'profiles.testConnection': call(z.strictObject({ id: z.string().uuid() }), ConnectionReport),
  ...sandboxChannels,
  // Cobo data for the choices of a ceremony, through the ceremony's profile.
  'cobo.vaults': call(
    z.strictObject({ profileId: z.uuid() }),
    z.strictObject({ vaults: z.array(VaultView) }),
  ),
  'cobo.groups': call(
    z.strictObject({ profileId: z.uuid(), vaultId: tssId }),
    z.strictObject({
      groups: z.array(GroupView),
      /** The holders Cobo lists for the vault: those of its groups. */
      nodes: z.array(HolderView),
      /** Cobo's own key share holders, which Cobo adds to Main and Signing Keys itself. */
      cobo: z.array(HolderView),
    }),
  ),

  /** One holder by TSS node ID, as Cobo lists it for the vault; null when Cobo does not list it there. */
  'cobo.holder': call(
    z.strictObject({ profileId: z.uuid(), vaultId: tssId, tssNodeId: tssId }),
    z.strictObject({ holder: HolderView.nullable() }),
  ),

  // Ceremonies: every change happens in main and comes back as the whole ceremony.
  'ceremony.list': call(
    z.strictObject({
      /** How many of the ceremonies that are over (closed or abandoned) to include, newest first. */
      historyLimit: z.number().int().min(1).max(100_000).optional(),
    }),
    z.strictObject({
      /** Every ceremony not over, and the newest `historyLimit` of those that are. */
      ceremonies: z.array(Ceremony),
      /** How many ceremonies are over in all (History offers the older ones a page at a time). */
      historyTotal: z.number().int().min(0),
      /** Ceremonies whose records are damaged: shown with what is wrong, never hidden. */
      damaged: z.array(DamagedRecord),
      /**
       * Why the installation's signed index of its ceremonies cannot be trusted (replaced by an older
       * one, removed, altered); null when it can. Shown at the top of History.
       */
      recordIndex: z.string().nullable(),
      /** The same as message keys, for History to say in its language (issue #32). */
      recordIndexSaid: SaidSchema.nullable().optional(),
    }),
  ),
  'ceremony.start': call(z.strictObject({ kind: CeremonyKind, profileId: z.uuid() }), Ceremony),
  'ceremony.get': call(ceremonyId, Ceremony),
  'ceremony.select': call(z.strictObject({ id: z.uuid(), selection: SelectionPatch }), Ceremony),
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
  /**
   * A recovery drill: one holder's recovery file and the password typed for it. The password crosses
   * once, page -> main, is used for that file and kept nowhere; the answer carries no share.
   */
  'ceremony.drillFile': call(
    z.strictObject({
      id: z.uuid(),
      fileName: z.string().min(1).max(255),
      // A recovery file is a few KiB; main names a larger one as not a recovery file.
      content: z.string().max(1024 * 1024 + 1),
      password: z.string().max(200),
    }),
    Ceremony,
  ),
  'ceremony.drillConclude': call(ceremonyId, Ceremony),
  /** The run sheet as printed (the page builds it from the plan): main journals its SHA-256 and version. */
  'ceremony.scriptPrinted': call(
    z.strictObject({ id: z.uuid(), sheet: z.record(z.string(), z.unknown()) }),
    z.strictObject({ sha256: z.string(), version: z.number().int(), supersedes: z.string().nullable() }),
  ),
  'ceremony.recordException': call(
    z.strictObject({ id: z.uuid(), exception: ScriptException.omit({ at: true }) }),
    Ceremony,
  ),
  /** The witnesses' `allowed_signers` lines, fixed in the plan before anything is sent (empty: none). */
  'ceremony.setWitnessSigners': call(
    z.strictObject({ id: z.uuid(), allowedSigners: z.string().max(20_000) }),
    Ceremony,
  ),
  /** A witness's armoured SSH signature of the closing head; main checks it against the plan. */
  'ceremony.attest': call(z.strictObject({ id: z.uuid(), signature: z.string().max(8000) }), Ceremony),
  /** The officer confirms that a holder backed up the new key share, as Cobo's manual says for its kind. */
  'ceremony.confirmBackup': call(
    z.strictObject({ id: z.uuid(), tssNodeId: tssId, name: label(120) }),
    Ceremony,
  ),
  'ceremony.close': call(ceremonyId, Ceremony),
  'ceremony.abandon': call(
    z.strictObject({
      id: z.uuid(),
      /** The other way back after a lost phone, chosen instead of this one (recorded with the abandonment). */
      instead: CeremonyKind.optional(),
    }),
    Ceremony,
  ),

  // The record: signed transcripts, their verification, the printable report.
  'transcript.export': call(
    // A damaged record's id may be any file name found on disk.
    z.strictObject({ id: z.string().min(1).max(200) }),
    z.strictObject({
      path: z.string().nullable(),
      installationKeyFingerprint: z.string(),
      /** Written next to it for stock OpenSSH: the closing head, the plan's allowed signers, each co-signature. */
      beside: z.array(z.string()),
      /** The browser host only: the transcript itself, for the browser to download (the file stays on the host too). */
      download: z.strictObject({ fileName: z.string(), content: z.string() }).nullable(),
    }),
  ),
  'transcript.verify': call(
    z.strictObject({
      content: z.string().max(50 * 1024 * 1024),
      /** The journal head fingerprint written on the printed report, to check the transcript against. */
      expectHead: z.string().max(40).optional(),
    }),
    z.strictObject({
      /** verified: intact, closed and signed; incomplete: intact but never closed; damaged: see problem. */
      status: z.enum(['verified', 'incomplete', 'damaged', 'not-a-transcript']),
      ok: z.boolean(),
      head: z.string().nullable(),
      problem: z.string().nullable(),
      /** The problem and the summary as message keys, for the page to say in its language (issue #32). */
      problemSaid: SaidSchema.nullable().optional(),
      said: SaidSchema.optional(),
      /** The journal entry the problem is at: its line, kind, and the field that differs. */
      entry: z
        .strictObject({ line: z.number().int(), kind: z.string().nullable(), field: z.string().nullable() })
        .nullable(),
      fingerprint: z.string().nullable(),
      summary: z.string(),
      /** Whose key signed it (transcript and journal entries): this installation's, or a key it does not know. */
      signer: KeyOwner.nullable(),
      /** How this installation knows each key that signed it, one sentence per key. */
      signerHow: z.array(z.string()),
      /** The same as message keys, for the page's language. */
      signerHowSaid: z.array(SaidSchema).optional(),
      /** The witnesses' co-signatures it carries, against the plan it journalled; null when it fixed none. */
      witnesses: WitnessesView.nullable(),
    }),
  ),
  /** `locale`: the language the report is printed in (the screens' when not given). */
  'report.savePdf': call(
    z.strictObject({ id: z.uuid(), locale: Locale.optional() }),
    z.strictObject({ path: z.string().nullable() }),
  ),
  /** The ceremony journal's head now, as a fingerprint for the printed report's sign-off. */
  'ceremony.journalHead': call(ceremonyId, z.strictObject({ entries: z.number(), fingerprint: z.string() })),
  /** A ceremony's journal, entry by entry, for History's reader (the signatures stay in main). */
  'ceremony.journal': call(ceremonyId, z.strictObject({ entries: z.array(JournalEntryView) })),
  /** The officer's names for keys, by group ID (Cobo gives none); an empty name removes one. */
  'keys.names': call(noInput, KeyNames),
  'keys.rename': call(z.strictObject({ groupId: tssId, name: z.literal('').or(label(60)) }), KeyNames),
  'app.installationKey': call(noInput, z.strictObject({ publicKey: z.string(), fingerprint: z.string() })),
  /** The installation's key history: how each key is known, and what is wrong with the history if anything. */
  'app.keyHistory': call(
    noInput,
    z.strictObject({
      keys: z.array(KnownKeyView),
      problem: z.string().nullable(),
      /** The same as message keys, for the page to say in its language (issue #32). */
      problemSaid: SaidSchema.nullable().optional(),
    }),
  ),
  /**
   * A new transcript key, deliberately: why (lost, or believed compromised), and the typed words
   * "replace <last group of the current fingerprint>"; main checks both.
   */
  'app.replaceInstallationKey': call(
    z.strictObject({ reason: z.enum(['lost', 'compromised']), confirm: z.string().max(60) }),
    ReplacedInstallationKey,
  ),
} as const;

/** Events: main -> page, pushed. */
export const events = {
  /** Something main holds changed outside a call: the page reads it again (`records`: a record found damaged). */
  'app.changed': z.strictObject({ topic: z.enum(['profiles', 'sandbox', 'records']) }),
  /** A ceremony changed in main (a choice, a tick, a status from Cobo): the page mirrors it. */
  'ceremony.updated': Ceremony,
  /**
   * The link to main dropped or came back. Said by the browser host's bridge, whose event stream can
   * drop (main never sends it; Electron's IPC does not drop), so the page stops presenting stale data
   * as current. `sessionEnded`: main answers, but this tab's session belongs to an earlier start of
   * the browser host (the tab outlived a restart), so nothing can be done from it.
   */
  'app.connection': z.strictObject({ connected: z.boolean(), sessionEnded: z.boolean().optional() }),
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

/** The browser host's paths that carry the contract: calls as POSTs below one, events as server-sent events on the other. */
export const HTTP_CALL_PATH = '/__kc/call/';
export const HTTP_EVENTS_PATH = '/__kc/events';
/**
 * The browser host's session travels in this header (calls and the event stream), never in a cookie:
 * cookies of 127.0.0.1 go to every port, a header only where the page's own origin sends it.
 */
export const HTTP_SESSION_HEADER = 'X-KC-Session';
/** The meta tag that hands the session to the page once, when the printed link is opened. */
export const HTTP_SESSION_META = 'kc-session';
