/**
 * Runs ceremonies. Main owns each ceremony's state; every change is journalled (durably, before it
 * takes effect), saved, and pushed to the page. The submit-once rule: the intent to send is on disk
 * before the request leaves; a request whose outcome is unknown is never sent again — the runner
 * looks for it in Cobo instead, and asks the officer only when that cannot decide.
 */
import { randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import {
  Ceremony,
  CHECKLIST_ITEMS,
  type CeremonyKind,
  type ChecklistItem as ChecklistItemType,
  type EnvironmentId,
  type ErrorPayload,
  type PreflightReport,
  type Selection,
} from '../../common/contract';
import { AppError, isAppError } from '../app-error';
import type { CoboClient } from '../cobo/client';
import { CLOCK_SKEW_LIMIT_MS } from '../cobo/client';
import { isCoboApiError } from '../cobo/errors';
import type { EventHub } from '../ipc/event-hub';
import {
  GENESIS,
  JournalTamperedError,
  openJournal,
  sha256Hex,
  type Journal,
  type JsonValue,
} from '../journal/journal';
import type { ProfileService } from '../profiles/service';
import { log } from '../log';
import { createSerialQueue, readTextIfExists, writeFileAtomic } from '../storage/atomic-file';
import { groupView, loadGroups, vaultView } from './cobo-views';
import { DEFAULT_POLLING, initialPolling, nextPoll, type PollingPolicy } from './polling';
import { CEREMONY_KINDS } from '../../common/ceremony/kinds';
import { checkDesign, checkSelection, participants, quorum, requestBody } from '../../common/ceremony/rules';
import { describeStatus } from '../../common/ceremony/status';

type CeremonyState = Ceremony;

/** A ceremony's state file: the state, and where its journal stood when the state was saved. */
const StateFile = z.strictObject({
  ceremony: Ceremony,
  journal: z.strictObject({ entries: z.number().int().min(0), head: z.string().regex(/^[0-9a-f]{64}$/) }),
});
type StateFile = z.infer<typeof StateFile>;

export interface CeremonyServiceOptions {
  readonly dataDir: string;
  readonly profiles: ProfileService;
  readonly events: EventHub;
  readonly polling?: PollingPolicy;
  /** How often to look for a request whose send had an unknown outcome, before asking the officer. */
  readonly reconcileAttempts?: number;
  readonly reconcileDelayMs?: number;
}

const EMPTY_SELECTION: Selection = {
  vaultId: null,
  targetGroupId: null,
  sourceGroupId: null,
  sourceNodeIds: [],
  lostNodeId: null,
  design: null,
};

const refuse = (code: string, message: string, hint: string) => new AppError(code, message, hint);
const locked = () =>
  refuse(
    'ceremony.locked',
    'This ceremony has been submitted; its choices can no longer change.',
    'Follow it to the end, or start a new ceremony.',
  );

const toJson = (value: unknown): JsonValue => JSON.parse(JSON.stringify(value ?? null)) as JsonValue;

export function createCeremonyService(options: CeremonyServiceOptions) {
  const dir = path.join(options.dataDir, 'ceremonies');
  const policy = options.polling ?? DEFAULT_POLLING;
  const ceremonies = new Map<
    string,
    { state: CeremonyState; journal: Journal; serial: ReturnType<typeof createSerialQueue> }
  >();
  const trackers = new Map<string, NodeJS.Timeout>();
  let closed = false;

  const stateFile = (id: string) => path.join(dir, `${id}.json`);
  const journalFile = (id: string) => path.join(dir, `${id}.journal.jsonl`);

  function entry(id: string) {
    const e = ceremonies.get(id);
    if (!e)
      throw refuse(
        'ceremony.not_found',
        'That ceremony does not exist.',
        'Choose it again from the list of ceremonies.',
      );
    return e;
  }

  async function save(state: CeremonyState) {
    state.updatedAt = new Date().toISOString();
    const journal = ceremonies.get(state.id)?.journal;
    const file: StateFile = {
      ceremony: state,
      journal: journal?.checkpoint() ?? { entries: 0, head: GENESIS },
    };
    await writeFileAtomic(stateFile(state.id), JSON.stringify(file, null, 1));
    options.events.emit('ceremony.updated', state);
  }

  /** Runs a change to one ceremony at a time, then saves and announces it. */
  function change(
    id: string,
    run: (state: CeremonyState, journal: Journal) => Promise<void> | void,
  ): Promise<CeremonyState> {
    const e = entry(id);
    return e.serial(async () => {
      await run(e.state, e.journal);
      await save(e.state);
      return e.state;
    });
  }

  const preparing = (state: CeremonyState) => {
    if (state.phase !== 'preparing') throw locked();
  };

  async function clientOf(state: CeremonyState): Promise<CoboClient> {
    return options.profiles.clientFor(state.profileId);
  }

  const errorOf = (error: unknown): ErrorPayload =>
    isAppError(error)
      ? error.toPayload()
      : {
          code: 'internal',
          message: 'Something went wrong inside the app.',
          hint: 'Try again; if it persists, restart Key Ceremony.',
        };

  async function freshContext(state: CeremonyState, client: CoboClient) {
    const vaultId = state.selection.vaultId;
    if (!vaultId) throw refuse('ceremony.no_vault', 'No vault is chosen yet.', 'Choose the vault first.');
    const [vault, data] = await Promise.all([client.getMpcVault(vaultId), loadGroups(client, vaultId)]);
    return { vault: vaultView(vault), ...data };
  }

  function description(state: CeremonyState): string {
    return `Key Ceremony ${state.kind} ${state.createdAt.slice(0, 10)} (ceremony ${state.id.slice(0, 8)})`;
  }

  // ---- tracking a submitted TSS request ------------------------------------------------------

  function stopTracking(id: string) {
    const timer = trackers.get(id);
    if (timer) clearTimeout(timer);
    trackers.delete(id);
  }

  function track(id: string) {
    stopTracking(id);
    let polling = initialPolling(policy);
    const tick = async () => {
      if (closed) return;
      const e = ceremonies.get(id);
      if (!e || e.state.phase !== 'tracking' || !e.state.tssRequestId || !e.state.selection.vaultId) return;
      let changed = false;
      try {
        const client = await clientOf(e.state);
        const request = await client.getTssRequest(e.state.selection.vaultId, e.state.tssRequestId);
        await e.serial(async () => {
          const state = e.state;
          const last = state.statuses[state.statuses.length - 1];
          const hadError = state.lastError !== null;
          state.lastError = null;
          if (last?.status !== request.status) {
            changed = true;
            await e.journal.append('status_observed', {
              tss_request_id: request.tss_request_id,
              status: String(request.status),
            });
            state.statuses.push({ status: String(request.status), at: new Date().toISOString() });
            const meaning = describeStatus(String(request.status));
            if (meaning.final)
              await finish(
                state,
                e.journal,
                client,
                meaning.outcome === 'success' ? 'success' : 'failed',
                meaning.meaning,
              );
            await save(state);
          } else if (hadError) {
            await save(state);
          }
        });
      } catch (error) {
        await e.serial(async () => {
          e.state.lastError = {
            ...errorOf(error),
            hint: `${errorOf(error).hint} The app keeps checking the request by itself.`,
          };
          await save(e.state);
        });
      }
      polling = nextPoll(polling, changed, Date.now(), policy);
      if (!closed && e.state.phase === 'tracking')
        trackers.set(
          id,
          setTimeout(() => void tick(), polling.delayMs),
        );
    };
    trackers.set(
      id,
      setTimeout(() => void tick(), 0),
    );
  }

  async function finish(
    state: CeremonyState,
    journal: Journal,
    client: CoboClient,
    outcome: 'success' | 'failed' | 'cancelled',
    why: string,
  ) {
    stopTracking(state.id);
    // The state object is live (the page and tests read it): the phase changes last, once all is known.
    if (outcome === 'success' && state.selection.vaultId && state.kind !== 'GroupSetup') {
      const after = vaultView(await client.getMpcVault(state.selection.vaultId)).root_pubkeys;
      const sorted = (keys: typeof after) =>
        JSON.stringify([...keys].sort((x, y) => x.curve.localeCompare(y.curve)));
      const unchanged = state.kind === 'KeyGen' ? null : sorted(after) === sorted(state.rootKeysBefore ?? []);
      await journal.append('verification_result', {
        root_pubkeys: toJson(after),
        unchanged,
        check:
          state.kind === 'KeyGen' ? 'root keys created' : 'root keys must equal those before the ceremony',
      });
      state.rootKeysAfter = after;
      state.rootKeysUnchanged = unchanged;
      if (unchanged === false) {
        log.error('ceremony.root_keys_changed', { kind: state.kind });
        why =
          'The vault’s root public keys changed during this ceremony. Stop: do not use this vault until Cobo support has explained why.';
      }
    }
    state.failure = outcome === 'success' && state.rootKeysUnchanged !== false ? null : why;
    state.outcome = outcome;
    state.phase = 'finished';
  }

  // ---- submit once, and reconcile --------------------------------------------------------------

  async function reconcileOnce(state: CeremonyState, journal: Journal): Promise<boolean> {
    const client = await clientOf(state);
    const vaultId = state.selection.vaultId ?? '';
    const intent = [...journal.entries()].reverse().find((en) => en.kind === 'request_intent');
    const since = intent ? Date.parse(intent.at) - 5 * 60_000 : 0;
    if (state.kind === 'GroupSetup') {
      const wanted = new Set((state.selection.design?.holders ?? []).map((h) => h.tss_node_id));
      const groups = (await client.listAllKeyShareHolderGroups(vaultId, state.selection.design?.type)).map(
        groupView,
      );
      const before = new Set(Array.isArray(intent?.data.groups_before) ? intent.data.groups_before : []);
      const found = groups.filter(
        (g) =>
          !before.has(g.key_share_holder_group_id) &&
          g.status === 'New' &&
          g.holders.length === wanted.size &&
          g.holders.every((h) => wanted.has(h.tss_node_id)),
      );
      if (found.length !== 1) return false;
      state.createdGroupId = found[0]?.key_share_holder_group_id ?? null;
      await journal.append('response_received', {
        reconciled: true,
        key_share_holder_group_id: state.createdGroupId,
      });
      state.phase = 'finished';
      state.outcome = 'success';
      return true;
    }
    const requests = await client.listAllTssRequests(vaultId, state.selection.targetGroupId ?? '');
    const candidates = requests.filter(
      (r) =>
        r.type === state.kind &&
        r.target_key_share_holder_group_id === state.selection.targetGroupId &&
        (r.created_timestamp ?? Date.now()) >= since &&
        (r.description === undefined || r.description === description(state)),
    );
    if (candidates.length !== 1 || !candidates[0]) return false;
    const found = candidates[0];
    await journal.append('response_received', {
      reconciled: true,
      tss_request_id: found.tss_request_id,
      status: String(found.status),
    });
    state.tssRequestId = found.tss_request_id;
    state.phase = 'tracking';
    state.lastError = null;
    return true;
  }

  async function reconcile(id: string) {
    const attempts = options.reconcileAttempts ?? 3;
    const delay = options.reconcileDelayMs ?? 1_000;
    for (let attempt = 1; attempt <= attempts; attempt++) {
      const e = entry(id);
      let decided = false;
      try {
        decided = await e.serial(async () => {
          const ok = await reconcileOnce(e.state, e.journal);
          if (ok) await save(e.state);
          return ok;
        });
      } catch (error) {
        log.warn('ceremony.reconcile_failed', { code: errorOf(error).code });
      }
      if (decided) {
        if (e.state.phase === 'tracking') track(id);
        return;
      }
      if (attempt < attempts) await new Promise((r) => setTimeout(r, delay));
    }
    await change(id, (state) => {
      state.phase = 'undecided';
      state.lastError = {
        code: 'ceremony.outcome_unknown',
        message:
          'The request was sent, but no answer came back, and Cobo does not list it yet. It may still appear, or it may never have arrived.',
        hint: 'Do not start the same ceremony again yet. Choose “Check again” in a minute; if it still does not appear, check Cobo Portal, then abandon this ceremony and start a new one.',
      };
    });
  }

  async function submit(id: string, confirmVaultName: string | undefined): Promise<CeremonyState> {
    const e = entry(id);
    let sendNow = false;
    let body: Record<string, unknown> = {};
    await e.serial(async () => {
      const state = e.state;
      // Duplicate clicks and late retries end here: only a prepared ceremony can be sent, once.
      if (state.phase !== 'preparing') {
        throw refuse(
          'ceremony.already_submitted',
          'This ceremony has already been submitted.',
          'Follow its status; it is never sent twice.',
        );
      }
      if (!state.reviewedAt || !state.requestBody)
        throw refuse(
          'ceremony.not_reviewed',
          'Review the request before sending it.',
          'Open the Review step.',
        );
      if (state.environment === 'production' && (confirmVaultName ?? '').trim() !== state.vaultName) {
        throw refuse(
          'ceremony.confirmation_mismatch',
          'In Production, type the vault’s name exactly to send the request.',
          `Type “${state.vaultName ?? ''}” and try again. Nothing was sent.`,
        );
      }
      const client = await clientOf(state);
      const context = await freshContext(state, client);
      const problems =
        state.kind === 'GroupSetup'
          ? checkDesign(state.selection, context.nodes).problems
          : checkSelection(state.kind, state.selection, context.groups, context.vault.root_pubkeys.length > 0)
              .problems;
      if (problems.length) {
        throw refuse(
          'ceremony.not_ready',
          `The request was not sent: ${problems[0]}`,
          'Go back, correct the choice, and review again.',
        );
      }
      body = requestBody(state.kind, state.selection, description(state), context.nodes);
      if (sha256Hex(JSON.stringify(body)) !== sha256Hex(JSON.stringify(state.requestBody))) {
        throw refuse(
          'ceremony.review_stale',
          'What would be sent differs from what was reviewed.',
          'Review the request again, then send it.',
        );
      }
      state.rootKeysBefore = context.vault.root_pubkeys;
      // The intent is on disk before anything leaves: after a crash the runner finds it and reconciles.
      await e.journal.append('request_intent', {
        kind: state.kind,
        vault_id: state.selection.vaultId,
        body: toJson(body),
        body_sha256: sha256Hex(JSON.stringify(body)),
        root_pubkeys_before: toJson(state.rootKeysBefore),
        // What existed before the send: after an unknown outcome, only something new can be ours.
        groups_before: context.groups.map((g) => g.key_share_holder_group_id),
      });
      state.phase = 'submitting';
      state.lastError = null;
      await save(state);
      sendNow = true;
    });
    if (!sendNow) return e.state;

    const state = e.state;
    const client = await clientOf(state);
    const vaultId = state.selection.vaultId ?? '';
    try {
      if (state.kind === 'GroupSetup') {
        const group = await client.createKeyShareHolderGroup(vaultId, body as never);
        await change(id, async (s, journal) => {
          await journal.append('response_received', {
            key_share_holder_group_id: group.key_share_holder_group_id,
            status: String(group.status),
          });
          s.createdGroupId = group.key_share_holder_group_id;
          s.phase = 'finished';
          s.outcome = 'success';
        });
      } else {
        const request = await client.createTssRequest(vaultId, body as never);
        await change(id, async (s, journal) => {
          await journal.append('response_received', {
            tss_request_id: request.tss_request_id,
            status: String(request.status),
          });
          s.tssRequestId = request.tss_request_id;
          s.statuses.push({ status: String(request.status), at: new Date().toISOString() });
          s.phase = 'tracking';
        });
        track(id);
      }
    } catch (error) {
      const unknown = isCoboApiError(error) && error.details.kind === 'unknown_outcome';
      await change(id, async (s, journal) => {
        await journal.append('response_received', {
          error_code: errorOf(error).code,
          outcome: unknown ? 'unknown' : 'refused',
        });
        s.lastError = errorOf(error);
        // A definite refusal sent nothing: the officer may correct and send again. An unknown one is reconciled.
        if (!unknown) {
          s.phase = 'preparing';
          s.reviewedAt = null;
        }
      });
      if (unknown) await reconcile(id);
    }
    return entry(id).state;
  }

  // ---- the service -----------------------------------------------------------------------------

  const service = {
    async init() {
      await fs.mkdir(dir, { recursive: true, mode: 0o700 });
      for (const name of await fs.readdir(dir)) {
        if (!name.endsWith('.json')) continue;
        const id = name.slice(0, -'.json'.length);
        try {
          const parsed = StateFile.safeParse(JSON.parse((await readTextIfExists(stateFile(id))) ?? 'null'));
          if (!parsed.success) {
            log.error('ceremony.state_unreadable', { id });
            continue;
          }
          // The journal must still hold every entry it held at the last save, unchanged.
          const journal = await openJournal(journalFile(id), undefined, parsed.data.journal);
          const state = parsed.data.ceremony;
          // The journal decides: an intent with no answer after it means the send may have happened.
          const entries = journal.entries();
          const lastIntent = entries.map((en) => en.kind).lastIndexOf('request_intent');
          const lastAnswer = entries.map((en) => en.kind).lastIndexOf('response_received');
          if (lastIntent > lastAnswer && state.phase === 'preparing') state.phase = 'submitting';
          ceremonies.set(id, { state, journal, serial: createSerialQueue() });
        } catch (error) {
          log.error('ceremony.load_failed', {
            id,
            ...(error instanceof JournalTamperedError
              ? { line: error.problem.line, reason: error.problem.reason }
              : { reason: error instanceof Error ? error.message.slice(0, 120) : 'unknown' }),
          });
        }
      }
      for (const { state } of ceremonies.values()) {
        if (state.phase === 'submitting' || state.phase === 'undecided') void reconcile(state.id);
        else if (state.phase === 'tracking') track(state.id);
      }
    },

    list: () =>
      [...ceremonies.values()].map((e) => e.state).sort((a, b) => b.createdAt.localeCompare(a.createdAt)),

    get: (id: string) => entry(id).state,

    /** The journal entries of a ceremony, for the record and the transcript. */
    journal: (id: string) => entry(id).journal.entries(),

    async start(kind: CeremonyKind, profileId: string) {
      const profile = await options.profiles.get(profileId);
      const id = randomUUID();
      const now = new Date().toISOString();
      const state: CeremonyState = {
        id,
        kind,
        profileId,
        profileName: profile.name,
        environment: profile.environment as EnvironmentId,
        apiKeyFingerprint: profile.fingerprint,
        vaultName: null,
        selection: EMPTY_SELECTION,
        checklist: {},
        custodians: {},
        custodianNames: {},
        witnesses: [],
        preflight: null,
        reviewedAt: null,
        phase: 'preparing',
        requestBody: null,
        tssRequestId: null,
        createdGroupId: null,
        statuses: [],
        outcome: null,
        failure: null,
        lastError: null,
        rootKeysBefore: null,
        rootKeysAfter: null,
        rootKeysUnchanged: null,
        comparedWithDevicesAt: null,
        createdAt: now,
        updatedAt: now,
      };
      await fs.mkdir(dir, { recursive: true, mode: 0o700 });
      const journal = await openJournal(journalFile(id));
      await journal.append('ceremony_started', {
        kind,
        title: CEREMONY_KINDS[kind].title,
        environment: state.environment,
        profile: profile.name,
        api_key: profile.apiKey,
        api_key_fingerprint: profile.fingerprint,
      });
      ceremonies.set(id, { state, journal, serial: createSerialQueue() });
      await save(state);
      return state;
    },

    async select(id: string, patch: Partial<Selection>) {
      const e = entry(id);
      const client = await clientOf(e.state);
      return change(id, async (state, journal) => {
        preparing(state);
        const next: Selection = { ...state.selection, ...patch };
        if (patch.vaultId !== undefined && patch.vaultId !== state.selection.vaultId) {
          // A new vault starts the choices over.
          Object.assign(next, { ...EMPTY_SELECTION, vaultId: patch.vaultId });
          state.vaultName = patch.vaultId ? vaultView(await client.getMpcVault(patch.vaultId)).name : null;
        }
        state.selection = next;
        // Changing a choice undoes the later steps that depended on it.
        state.preflight = null;
        state.reviewedAt = null;
        state.requestBody = null;
        await journal.append('step_completed', { step: 'selection', selection: toJson(next) });
      });
    },

    tick: (id: string, item: ChecklistItemType) =>
      change(id, async (state, journal) => {
        preparing(state);
        if (state.checklist[item]) return;
        const at = new Date().toISOString();
        await journal.append('checklist_tick', { item, at });
        state.checklist[item] = at;
      }),

    checkIn: (id: string, tssNodeId: string, name: string) =>
      change(id, async (state, journal) => {
        preparing(state);
        if (state.custodians[tssNodeId]) return;
        const at = new Date().toISOString();
        await journal.append('custodian_checkin', { tss_node_id: tssNodeId, name, at });
        state.custodians[tssNodeId] = at;
        state.custodianNames[tssNodeId] = name;
        state.reviewedAt = null;
      }),

    setWitnesses: (id: string, witnesses: string[]) =>
      change(id, async (state, journal) => {
        preparing(state);
        await journal.append('witnesses', { names: witnesses });
        state.witnesses = witnesses;
        state.reviewedAt = null;
      }),

    async preflight(id: string) {
      const e = entry(id);
      const checks: PreflightReport['checks'] = [];
      const add = (checkId: string, ok: boolean, message: string, hint: string) =>
        checks.push({ id: checkId, ok, message, hint });
      try {
        const hasSecret = await options.profiles.hasSecret(e.state.profileId);
        add(
          'keychain',
          hasSecret,
          hasSecret
            ? 'The system keychain holds this profile’s API secret.'
            : 'The API secret is missing from the keychain.',
          hasSecret ? '' : 'Unlock the keychain, or import the secret again on the Profiles screen.',
        );
      } catch (error) {
        add('keychain', false, errorOf(error).message, errorOf(error).hint);
      }
      const report = await options.profiles
        .testConnection({ id: e.state.profileId })
        .catch((error: unknown) => ({
          outcome: 'unexpected' as const,
          ...errorOf(error),
          clockSkewMs: null,
        }));
      add(
        'api',
        report.outcome === 'ok' || report.outcome === 'clock_skew',
        report.outcome === 'ok' || report.outcome === 'clock_skew'
          ? 'Cobo is reachable and accepts this API key.'
          : report.message,
        report.outcome === 'ok' ? '' : report.hint,
      );
      const skew = report.clockSkewMs;
      const skewOk = skew === null ? report.outcome === 'ok' : Math.abs(skew) <= CLOCK_SKEW_LIMIT_MS;
      add(
        'clock',
        skewOk,
        skew === null
          ? skewOk
            ? 'The clock could not be compared, but requests are accepted.'
            : 'The clock could not be compared with Cobo’s.'
          : `This computer’s clock is ${Math.round(Math.abs(skew) / 1000)} s from Cobo’s (limit ${CLOCK_SKEW_LIMIT_MS / 1000} s).`,
        skewOk ? '' : 'Set the system clock to synchronise automatically (NTP).',
      );
      try {
        const client = await clientOf(e.state);
        const context = await freshContext(e.state, client);
        const verdict =
          e.state.kind === 'GroupSetup'
            ? checkDesign(e.state.selection, context.nodes)
            : checkSelection(
                e.state.kind,
                e.state.selection,
                context.groups,
                context.vault.root_pubkeys.length > 0,
              );
        add(
          'selection',
          verdict.ok,
          verdict.ok ? 'The chosen groups are in the state this ceremony needs.' : verdict.problems.join(' '),
          verdict.ok ? '' : 'Go back and change the choice.',
        );
        if (e.state.kind !== 'GroupSetup') {
          const people = participants(e.state.kind, e.state.selection, context.groups, context.nodes);
          const q = quorum(people, people.length);
          add(
            'quorum',
            q.canSucceed,
            `Holders: ${q.sentence}`,
            q.canSucceed
              ? ''
              : 'Ask the offline holders to open Cobo Guard (or bring the node online), then run the checks again.',
          );
        }
      } catch (error) {
        add('selection', false, errorOf(error).message, errorOf(error).hint);
      }
      const ok = checks.every((c) => c.ok);
      return change(id, async (state, journal) => {
        preparing(state);
        state.preflight = { at: new Date().toISOString(), ok, checks };
        state.reviewedAt = null;
        await journal.append('preflight', { ok, checks: toJson(checks) });
      });
    },

    async review(id: string) {
      const e = entry(id);
      const state = e.state;
      preparing(state);
      const missing: string[] = [];
      if (!state.preflight?.ok) missing.push('pass the pre-flight checks');
      const unticked = CHECKLIST_ITEMS.filter((i) => !state.checklist[i]);
      if (unticked.length) missing.push('tick every checklist item');
      if (!state.witnesses.length) missing.push('name at least one witness');
      const client = await clientOf(state);
      const context = await freshContext(state, client);
      const people = participants(state.kind, state.selection, context.groups, context.nodes);
      const absent = people.filter((p) => !state.custodians[p.tss_node_id]).map((p) => p.name);
      if (absent.length) missing.push(`check in ${absent.join(', ')}`);
      if (missing.length) {
        throw refuse(
          'ceremony.not_ready',
          `Before review: ${missing.join('; ')}.`,
          'Complete the earlier steps, then open the review again.',
        );
      }
      const body = requestBody(state.kind, state.selection, description(state), context.nodes);
      return change(id, async (s, journal) => {
        preparing(s);
        await journal.append('step_completed', {
          step: 'review',
          body: toJson(body),
          body_sha256: sha256Hex(JSON.stringify(body)),
        });
        s.requestBody = body;
        s.reviewedAt = new Date().toISOString();
      });
    },

    submit,

    async reconcile(id: string) {
      const state = entry(id).state;
      if (state.phase !== 'undecided' && state.phase !== 'submitting') {
        throw refuse(
          'ceremony.nothing_to_check',
          'There is no request of unknown outcome to look for.',
          'Nothing to do.',
        );
      }
      await reconcile(id);
      return entry(id).state;
    },

    async cancelRequest(id: string) {
      const e = entry(id);
      const state = e.state;
      const last = state.statuses[state.statuses.length - 1]?.status ?? '';
      if (state.phase !== 'tracking' || !state.tssRequestId || !describeStatus(last).cancellable) {
        throw refuse(
          'ceremony.not_cancellable',
          'This request can no longer be cancelled.',
          'Key generation has started or the request has ended.',
        );
      }
      const client = await clientOf(state);
      await e.journal.append('note', { note: 'cancel requested', tss_request_id: state.tssRequestId });
      try {
        const answer = await client.cancelTssRequest(state.selection.vaultId ?? '', state.tssRequestId);
        return await change(id, async (s, journal) => {
          await journal.append('response_received', { cancel: true, status: String(answer.status) });
          if (String(answer.status) === 'Success') {
            s.statuses.push({ status: 'Cancelled', at: new Date().toISOString() });
            await finish(s, journal, client, 'cancelled', 'The request was cancelled; nothing was created.');
          }
        });
      } catch (error) {
        return change(id, (s) => {
          s.lastError = errorOf(error);
        });
      }
    },

    recordComparison: (id: string) =>
      change(id, async (state, journal) => {
        if (state.phase !== 'finished' || state.outcome !== 'success') {
          throw refuse(
            'ceremony.not_finished',
            'There are no new keys to compare yet.',
            'Wait for the request to succeed.',
          );
        }
        if (state.rootKeysUnchanged === false) {
          throw refuse(
            'ceremony.root_keys_changed',
            'The root keys changed: do not confirm them.',
            'Stop and contact Cobo support.',
          );
        }
        const at = new Date().toISOString();
        await journal.append('verification_result', { custodians_compared_with_devices: true, at });
        state.comparedWithDevicesAt = at;
      }),

    close: (id: string) =>
      change(id, async (state, journal) => {
        if (state.phase !== 'finished')
          throw refuse(
            'ceremony.not_finished',
            'The ceremony has not reached its end yet.',
            'Follow it to the end first.',
          );
        if (state.outcome === 'success' && state.kind !== 'GroupSetup' && !state.comparedWithDevicesAt) {
          throw refuse(
            'ceremony.not_verified',
            'Record that the custodians compared the root keys with their devices first.',
            'Open the Verify step.',
          );
        }
        await journal.append('closure', {
          outcome: state.outcome,
          failure: state.failure,
          tss_request_id: state.tssRequestId,
          key_share_holder_group_id: state.createdGroupId,
        });
        state.phase = 'closed';
      }),

    abandon: (id: string) =>
      change(id, async (state, journal) => {
        if (state.phase !== 'preparing' && state.phase !== 'undecided') {
          throw refuse(
            'ceremony.not_abandonable',
            'A submitted ceremony is followed to its end, not abandoned.',
            'Cancel the request if it can still be cancelled.',
          );
        }
        await journal.append('closure', { outcome: 'abandoned' });
        state.phase = 'abandoned';
        state.outcome = 'abandoned';
      }),

    stop() {
      closed = true;
      for (const id of [...trackers.keys()]) stopTracking(id);
    },
  };
  return service;
}

export type CeremonyService = ReturnType<typeof createCeremonyService>;
