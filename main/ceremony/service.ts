/**
 * Runs ceremonies. Main owns each ceremony's state; every change is journalled (durably, before it
 * takes effect), saved, and pushed to the page. The submit-once rule: the intent to send is on disk
 * before the request leaves; a request whose outcome is unknown is never sent again — the ceremony
 * looks for it in Cobo instead, and asks the officer only when that cannot decide.
 *
 * This is the facade the dispatch table calls; the work is in the modules beside it: registry
 * (persistence), preparation, preflight, submit, reconcile, tracker, finish, closing, and one protocol
 * per way of acting on Cobo (protocols/).
 */
import { randomUUID } from 'node:crypto';
import { HISTORY_PAGE } from '../../common/ceremony/history';
import { CEREMONY_KINDS } from '../../common/ceremony/kinds';
import { newCeremony } from '../../common/ceremony/new-ceremony';
import type { Ceremony, CeremonyKind } from '../../common/contract';
import type { EventHub } from '../ipc/event-hub';
import type { ProfileService } from '../profiles/service';
import { createClosing, strandedBy } from './closing';
import { createRecoveryDrill } from './recovery-drill';
import { createScript, headToWriteDown } from './script';
import type { PollingPolicy } from './polling';
import { createPreflight } from './preflight';
import { createPreparation, preparing } from './preparation';
import { createReconciler } from './reconcile';
import { createRegistry, type RecordKeys } from './registry';
import { createSubmitter } from './submit';
import { createTracker } from './tracker';
import { nothingToCheck } from './errors';
import { log, reasonOf } from '../log';
import { EN } from '../../common/i18n/translate';

export interface CeremonyServiceOptions {
  readonly dataDir: string;
  readonly profiles: ProfileService;
  readonly events: EventHub;
  /** The installation key: signs every journal entry, and says whose key signed a journal read from disk. */
  readonly keys: RecordKeys;
  readonly polling?: PollingPolicy;
  /** How often to look for a request whose send had an unknown outcome, before asking the officer. */
  readonly reconcileAttempts?: number;
  readonly reconcileDelayMs?: number;
  /** How long after start-up the ceremonies that are over start loading: the first screen comes first. */
  readonly historyDelayMs?: number;
}

/** The first screen is served and shown well within this, on a busy machine too. */
const HISTORY_DELAY_MS = 2_000;
const newestFirst = (a: Ceremony, b: Ceremony) => b.createdAt.localeCompare(a.createdAt);

export function createCeremonyService(options: CeremonyServiceOptions) {
  const { profiles } = options;
  const registry = createRegistry(options);
  const clientOf = (state: Ceremony) => profiles.clientFor(state.profileId);
  const stranded = strandedBy(options.keys, (id) => profiles.hasSecret(id));
  const tracker = createTracker({ registry, clientOf, polling: options.polling });
  const reconcile = createReconciler({
    registry,
    tracker,
    clientOf,
    attempts: options.reconcileAttempts,
    delayMs: options.reconcileDelayMs,
  });

  let rest: Promise<void> = Promise.resolve();
  return {
    /**
     * Loads the ceremonies that may still act, and picks up those that were sending or following when
     * the app stopped; the ceremonies that are over load in the background (`settled`).
     */
    async init() {
      await registry.load();
      for (const state of registry.all()) {
        if (state.phase === 'submitting' || state.phase === 'undecided') void reconcile(state.id);
        else if (state.phase === 'tracking') tracker.track(state.id);
      }
      // What waits is over (only a memo this installation signed defers, and it lists only ceremonies
      // that were over): nothing of it needs picking up.
      rest = new Promise((wait) => setTimeout(wait, options.historyDelayMs ?? HISTORY_DELAY_MS).unref())
        .then(() => registry.loadRest())
        .catch((error: unknown) => log.error('ceremony.load_failed', { reason: reasonOf(error) }));
    },
    /** Resolves once every ceremony on disk is loaded (and the memo of verified records written). */
    settled: () => rest,
    /** Loads a ceremony start-up left for later, before anything reads it. */
    ensure: (id: string) => registry.ensure(id),

    /**
     * Every ceremony not over, and the newest `historyLimit` of those that are, newest first; each
     * journal shown is held to what was written to it (one changed on disk becomes damaged).
     */
    async list(historyLimit = HISTORY_PAGE) {
      const { shown, overTotal } = await registry.page(historyLimit);
      await registry.recheck(shown.map((state) => state.id));
      const ceremonies = shown.filter((state) => registry.find(state.id));
      return { ceremonies: ceremonies.sort(newestFirst), historyTotal: overTotal };
    },
    /** Ceremonies whose records are damaged: never changed again, listed with what is wrong. */
    damaged: () => registry.damaged(),
    /** Why the installation's signed index of its ceremonies cannot be trusted; null when it can. */
    indexProblem: () => registry.indexTrust().problem,
    /** The same as message keys, for History to say in the page's language (issue #32). */
    indexProblemSaid: () => registry.indexTrust().problemSaid,
    get: (id: string) => registry.entry(id).state,
    /** The journal entries of a ceremony, for the record and the transcript. */
    journal: (id: string) => registry.entry(id).journal.entries(),
    /**
     * A ceremony's journal lines for a transcript, and what is wrong with them when the record is
     * damaged (a damaged record is exported as it is, marked so).
     */
    record(id: string): { lines: string[]; damage: string | null } {
      const broken = registry.findDamaged(id);
      if (broken) return { lines: broken.lines, damage: broken.record.summary };
      return {
        lines: registry
          .entry(id)
          .journal.entries()
          .map((e) => JSON.stringify(e)),
        damage: null,
      };
    },
    /** The journal's head now, as the fingerprint the report prints for the witnesses to write down. */
    journalHead: (id: string) => headToWriteDown(registry.entry(id).journal),

    async start(kind: CeremonyKind, profileId: string) {
      const profile = await profiles.get(profileId);
      const state = newCeremony({
        id: randomUUID(),
        kind,
        profileId,
        profileName: profile.name,
        officerName: profile.officerName,
        environment: profile.environment,
        apiKeyFingerprint: profile.fingerprint,
        now: new Date().toISOString(),
      });
      return registry.create(state, {
        ceremony_id: state.id,
        kind,
        title: EN(CEREMONY_KINDS[kind].titleKey),
        environment: state.environment,
        profile: profile.name,
        profile_id: profileId,
        ...(profile.officerName ? { officer: profile.officerName } : {}),
        api_key: profile.apiKey,
        api_key_fingerprint: profile.fingerprint,
      });
    },

    ...createPreparation({ registry, clientOf }),
    preflight: createPreflight({ registry, profiles, clientOf, preparing }),
    submit: createSubmitter({ registry, tracker, reconcile, clientOf }),

    async reconcile(id: string) {
      const phase = registry.entry(id).state.phase;
      if (phase !== 'undecided' && phase !== 'submitting') throw nothingToCheck();
      await reconcile(id);
      return registry.entry(id).state;
    },
    ...createClosing({ registry, tracker, clientOf, stranded }),
    ...createRecoveryDrill({ registry, clientOf }),
    ...createScript({ registry }),

    stop: () => {
      registry.stopLoading();
      tracker.stopAll();
    },
  };
}

export type CeremonyService = ReturnType<typeof createCeremonyService>;
