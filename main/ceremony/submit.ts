/**
 * Sending a ceremony's request, once. Checked again against what Cobo reports now and against what was
 * reviewed; the intent is journalled (durably) before anything leaves; an answer that does not prove a
 * refusal is an unknown outcome, resolved by looking (reconcile), never by sending again.
 */
import { saidBy } from '../../common/i18n/said-recorder';
import type { Ceremony } from '../../common/contract';
import type { CoboClient } from '../cobo/client';
import { isCoboApiError } from '../cobo/errors';
import { sha256Hex } from '../journal/chain';
import {
  alreadySubmitted,
  confirmationMismatch,
  errorOf,
  KEYS_UNREAD,
  notReadyToSend,
  notReviewed,
  reviewStale,
} from './errors';
import { finish, rootKeysNow } from './finish';
import { protocolFor } from './protocols';
import { toJson, type CeremonyEntry, type Registry } from './registry';
import type { Reconcile } from './reconcile';
import type { Tracker } from './tracker';

export interface SubmitterOptions {
  readonly registry: Registry;
  readonly tracker: Tracker;
  readonly reconcile: Reconcile;
  readonly clientOf: (state: Ceremony) => Promise<CoboClient>;
}

/** Checks everything and journals the intent; answers the body to send. Runs in the ceremony's queue. */
async function recordIntent(
  e: CeremonyEntry,
  registry: Registry,
  clientOf: SubmitterOptions['clientOf'],
  confirmVaultName: string | undefined,
): Promise<Record<string, unknown>> {
  const state = e.state;
  // Duplicate clicks and late retries end here: only a prepared ceremony can be sent, once.
  if (state.phase !== 'preparing') throw alreadySubmitted();
  if (!state.reviewedAt || !state.requestBody) throw notReviewed();
  if (state.environment === 'production' && (confirmVaultName ?? '').trim() !== state.vaultName)
    throw confirmationMismatch(state.vaultName);
  const protocol = protocolFor(state.kind);
  const context = await protocol.load(state, await clientOf(state));
  const [problem] = saidBy(
    (t) => protocol.check(state, context, t),
    (v) => v.problems,
  );
  if (problem !== undefined) throw notReadyToSend(problem);
  const body = protocol.body(state, context);
  if (sha256Hex(JSON.stringify(body)) !== sha256Hex(JSON.stringify(state.requestBody))) throw reviewStale();
  state.rootKeysBefore = context.vault?.root_pubkeys ?? null;
  // The intent is on disk before anything leaves: after a crash the runner finds it and reconciles.
  await e.journal.append('request_intent', {
    kind: state.kind,
    vault_id: state.selection.vaultId,
    body: toJson(body),
    body_sha256: sha256Hex(JSON.stringify(body)),
    root_pubkeys_before: toJson(state.rootKeysBefore),
    ...protocol.before(context),
  });
  state.phase = 'submitting';
  state.lastError = null;
  await registry.save(state);
  return body;
}

export function createSubmitter({ registry, tracker, reconcile, clientOf }: SubmitterOptions) {
  return async function submit(id: string, confirmVaultName: string | undefined): Promise<Ceremony> {
    const e = registry.entry(id);
    const body = await e.serial(() => recordIntent(e, registry, clientOf, confirmVaultName));
    const client = await clientOf(e.state);
    try {
      const outcome = await protocolFor(e.state.kind).send(client, e.state, body);
      // Cobo acted: whatever happens next, its answer is recorded. The root keys are read first; if
      // that read fails, the ceremony waits undecided and "Check again" finds the result and checks them.
      const after = outcome.finishes
        ? await rootKeysNow(e.state, client, 'success').catch(() => undefined)
        : null;
      await registry.change(id, async (s, journal) => {
        await journal.append('response_received', outcome.journal);
        outcome.apply(s);
        if (!outcome.finishes) return;
        if (after === undefined) {
          s.phase = 'undecided';
          s.lastError = KEYS_UNREAD;
        } else await finish(s, journal, after, 'success', null);
      });
      if (e.state.phase === 'tracking') tracker.track(id);
    } catch (error) {
      const unknown = isCoboApiError(error) && error.details.kind === 'unknown_outcome';
      await registry.change(id, async (s, journal) => {
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
    return registry.entry(id).state;
  };
}
