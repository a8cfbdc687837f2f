/**
 * How a ceremony ends: a request cancelled while it still can be, the custodians' comparison of the
 * root keys with their devices, the closure, or abandoning a ceremony that never sent anything (or
 * whose send was never found).
 */
import { asksForBackups } from '../../common/ceremony/backups';
import { otherWayBack } from '../../common/ceremony/group-life';
import { CEREMONY_KINDS } from '../../common/ceremony/kinds';
import { describeStatus } from '../../common/ceremony/status';
import type { Ceremony, CeremonyKind } from '../../common/contract';
import type { CoboClient } from '../cobo/client';
import {
  errorOf,
  noBackupsAsked,
  notACustodian,
  noNewKeys,
  notAbandonable,
  notAtEnd,
  notCancellable,
  cancelUnderWay,
  notTheOtherWayBack,
  notVerified,
  rootKeysChanged,
} from './errors';
import { finish } from './finish';
import type { Registry } from './registry';
import type { Tracker } from './tracker';
import { EN, said } from '../../common/i18n/translate';

/** Why a ceremony can no longer be followed from here: its record's key replaced, or its API secret gone. */
export const strandedBy =
  (
    keys: { currentPublicKey(): Promise<string | null> },
    hasSecret: (profileId: string) => Promise<boolean>,
  ) =>
  async (state: Ceremony, journalSigner: string | null): Promise<string | null> => {
    const current = await keys.currentPublicKey();
    // No key at all: nothing can be recorded, abandoning included (the key's own error says so).
    if (current !== null && current !== journalSigner)
      return 'the transcript key that signs its record was replaced';
    // A keychain that cannot answer now says nothing about the secret: not stranded.
    if (!(await hasSecret(state.profileId).catch(() => true)))
      return `the API secret of the profile “${state.profileName}” is no longer in the keychain`;
    return null;
  };

/** One way back after a lost phone, abandoned on the record for the other; only before anything was sent. */
async function giveWay(
  state: Ceremony,
  journal: { append(kind: 'closure', data: Record<string, unknown>): Promise<unknown> },
  before: boolean,
  instead: CeremonyKind,
) {
  if (!before) throw notAbandonable();
  if (otherWayBack(state.kind) !== instead) throw notTheOtherWayBack(state.kind, instead);
  await journal.append('closure', {
    outcome: 'abandoned',
    instead,
    why: `the officer chose the other way back instead: ${EN(CEREMONY_KINDS[instead].titleKey)}`,
  });
  state.phase = 'abandoned';
  state.outcome = 'abandoned';
}

export function createClosing({
  registry,
  tracker,
  clientOf,
  stranded,
}: {
  readonly registry: Registry;
  readonly tracker: Tracker;
  readonly clientOf: (state: Ceremony) => Promise<CoboClient>;
  /**
   * Why a ceremony whose request is under way can no longer be followed (its profile's API secret is
   * gone from the keychain, or the key that signs its record was replaced); null when it can.
   */
  readonly stranded: (state: Ceremony, journalSigner: string | null) => Promise<string | null>;
}) {
  return {
    async cancelRequest(id: string) {
      const e = registry.entry(id);
      const state = e.state;
      const last = state.statuses[state.statuses.length - 1]?.status ?? '';
      const requestId = state.tssRequestId;
      if (state.phase !== 'tracking' || !requestId || !describeStatus(last).cancellable)
        throw notCancellable();
      // The request's ending is the cancel's to record: a look meanwhile would record it a second time.
      if (!tracker.hold(id)) throw cancelUnderWay();
      try {
        const client = await clientOf(state);
        await e.journal.append('note', { note: 'cancel requested', tss_request_id: requestId });
        const vaultId = state.selection.vaultId ?? '';
        const answer = await client.cancelTssRequest(vaultId, requestId);
        // The cancel call answers "Success" for the call; the request's own final status is Cobo's to say.
        const after =
          String(answer.status) === 'Success'
            ? await client.getTssRequest(vaultId, requestId).catch(() => null)
            : null;
        return await registry.change(id, async (s, journal) => {
          await journal.append('response_received', { cancel: true, status: String(answer.status) });
          // A look that was already recording when the cancel began may have ended it: one ending.
          if (String(answer.status) !== 'Success' || s.phase !== 'tracking') return;
          const status = after?.status === undefined ? null : String(after.status);
          if (status !== null) {
            await journal.append('status_observed', { tss_request_id: s.tssRequestId ?? '', status });
            s.statuses.push({ status, at: new Date().toISOString() });
          }
          await finish(s, journal, null, 'cancelled', said('records.failure.cancelled'));
        });
      } catch (error) {
        return registry.change(id, (s) => {
          s.lastError = errorOf(error);
        });
      } finally {
        tracker.release(id);
      }
    },

    recordComparison: (id: string) =>
      registry.change(id, async (state, journal) => {
        if (state.phase !== 'finished' || state.outcome !== 'success') throw noNewKeys();
        if (state.rootKeysUnchanged === false) throw rootKeysChanged();
        const at = new Date().toISOString();
        await journal.append('verification_result', { custodians_compared_with_devices: true, at });
        state.comparedWithDevicesAt = at;
      }),

    /** A holder's backup of the new key share, confirmed by the officer before the ceremony closes. */
    confirmBackup: (id: string, tssNodeId: string, name: string) =>
      registry.change(id, async (state, journal) => {
        if (state.phase !== 'finished') throw notAtEnd();
        if (!asksForBackups(state)) throw noBackupsAsked();
        // Only a custodian checked in for this ceremony, by the name the officer confirmed then.
        if (!state.custodians[tssNodeId]) throw notACustodian();
        if (state.backups[tssNodeId]) return;
        const at = new Date().toISOString();
        const holder = state.custodianNames[tssNodeId] ?? name;
        await journal.append('backup_confirmed', { tss_node_id: tssNodeId, name: holder, at });
        state.backups[tssNodeId] = { name: holder, at };
      }),

    close: (id: string) =>
      registry.change(id, async (state, journal) => {
        if (state.phase !== 'finished') throw notAtEnd();
        const keysToCompare = CEREMONY_KINDS[state.kind].rootKeys !== 'not-involved';
        if (state.outcome === 'success' && keysToCompare && !state.comparedWithDevicesAt) throw notVerified();
        await journal.append('closure', {
          outcome: state.outcome,
          failure: state.failure,
          tss_request_id: state.tssRequestId,
          key_share_holder_group_id: state.createdGroupId,
        });
        state.phase = 'closed';
      }),

    /**
     * Abandons a ceremony that sent nothing (or whose send was never found); one whose request is under
     * way only when it cannot be followed any more, on the record as "abandoned, request left pending".
     */
    abandon: (id: string, instead?: CeremonyKind) =>
      registry.change(id, async (state, journal) => {
        const before = state.phase === 'preparing' || state.phase === 'undecided';
        if (instead !== undefined) return giveWay(state, journal, before, instead);
        const why = state.phase === 'tracking' ? await stranded(state, journal.signer()) : null;
        if (!before && !why) throw notAbandonable();
        await journal.append(
          'closure',
          why ? { outcome: 'abandoned', request_left: 'pending', why } : { outcome: 'abandoned' },
        );
        // Followed until the abandonment is on the record.
        if (why) tracker.stop(id);
        state.phase = 'abandoned';
        state.outcome = 'abandoned';
        if (why) state.lastError = null;
      }),
  };
}
