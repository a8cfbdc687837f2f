/**
 * Pre-flight: just before the check-in, the app checks what it can by itself — the keychain holds the
 * secret, Cobo answers and accepts the key, the clocks agree, the choices still fit what Cobo reports,
 * and enough holders can take part. Each check says what to do when it fails.
 */
import { participants, quorum } from '../../common/ceremony/rules';
import { describeStatus } from '../../common/ceremony/status';
import type { Ceremony, PreflightReport } from '../../common/contract';
import { CLOCK_SKEW_LIMIT_MS, type CoboClient } from '../cobo/client';
import type { ProfileService } from '../profiles/service';
import { errorOf } from './errors';
import { protocolFor } from './protocols';
import { toJson, type Registry } from './registry';

type Check = PreflightReport['checks'][number];
const check = (id: string, ok: boolean, message: string, hint: string): Check => ({ id, ok, message, hint });

async function keychainCheck(state: Ceremony, profiles: ProfileService): Promise<Check> {
  try {
    const hasSecret = await profiles.hasSecret(state.profileId);
    return check(
      'keychain',
      hasSecret,
      hasSecret
        ? 'The system keychain holds this profile’s API secret.'
        : 'The API secret is missing from the keychain.',
      hasSecret ? '' : 'Unlock the keychain, or import the secret again on the Profiles screen.',
    );
  } catch (error) {
    return check('keychain', false, errorOf(error).message, errorOf(error).hint);
  }
}

async function connectionChecks(state: Ceremony, profiles: ProfileService): Promise<Check[]> {
  const report = await profiles.testConnection({ id: state.profileId }).catch((error: unknown) => ({
    outcome: 'unexpected' as const,
    ...errorOf(error),
    clockSkewMs: null,
  }));
  const reachable = report.outcome === 'ok' || report.outcome === 'clock_skew';
  const skew = report.clockSkewMs;
  const skewOk = skew === null ? report.outcome === 'ok' : Math.abs(skew) <= CLOCK_SKEW_LIMIT_MS;
  return [
    check(
      'api',
      reachable,
      reachable ? 'Cobo is reachable and accepts this API key.' : report.message,
      report.outcome === 'ok' ? '' : report.hint,
    ),
    check(
      'clock',
      skewOk,
      skew === null
        ? skewOk
          ? 'The clock could not be compared, but requests are accepted.'
          : 'The clock could not be compared with Cobo’s.'
        : `This computer’s clock is ${Math.round(Math.abs(skew) / 1000)} s from Cobo’s (limit ${CLOCK_SKEW_LIMIT_MS / 1000} s).`,
      skewOk ? '' : 'Set the system clock to synchronise automatically (NTP).',
    ),
  ];
}

async function choiceChecks(state: Ceremony, clientOf: PreflightOptions['clientOf']): Promise<Check[]> {
  try {
    const protocol = protocolFor(state.kind);
    const context = await protocol.load(state, await clientOf(state));
    const verdict = protocol.check(state, context);
    const checks = [
      check(
        'selection',
        verdict.ok,
        verdict.ok ? protocol.ready : verdict.problems.join(' '),
        verdict.ok ? '' : 'Go back and change the choice.',
      ),
    ];
    if (protocol.holdersApprove) {
      const people = participants(state.kind, state.selection, context.groups, context.nodes);
      const q = quorum(people, people.length);
      checks.push(
        check(
          'quorum',
          q.canSucceed,
          `Holders: ${q.sentence}`,
          q.canSucceed
            ? ''
            : 'Ask the offline holders to open Cobo Guard (or bring the node online), then run the checks again.',
        ),
      );
    }
    return checks;
  } catch (error) {
    return [check('selection', false, errorOf(error).message, errorOf(error).hint)];
  }
}

/**
 * Cobo refuses a second request on a key while one is under way ("already in progress"): look before
 * anything is sent, and say which request it is and where to follow it.
 */
async function requestInProgressCheck(
  state: Ceremony,
  clientOf: PreflightOptions['clientOf'],
): Promise<Check[]> {
  const { vaultId, targetGroupId } = state.selection;
  if (!vaultId || !targetGroupId) return [];
  try {
    const requests = await (await clientOf(state)).listAllTssRequests(vaultId, targetGroupId);
    const open = requests.filter(
      (r) =>
        (r.target_key_share_holder_group_id ?? targetGroupId) === targetGroupId &&
        !describeStatus(r.status ?? '').final,
    );
    return [
      check(
        'request-in-progress',
        open.length === 0,
        open.length === 0
          ? `No TSS request is in progress on the chosen key (${targetGroupId}).`
          : `A TSS request is already in progress on the chosen key (${targetGroupId}): ${open.map((r) => `${r.type ?? 'request'} ${r.tss_request_id} (status ${r.status})`).join('; ')}. Cobo refuses another until it ends.`,
        open.length === 0
          ? ''
          : 'Nothing was sent. Follow that request to its end, or cancel it while Cobo still allows it, from the ceremony that sent it (Ceremonies, open ceremonies) or in Cobo Portal; then run the checks again.',
      ),
    ];
  } catch (error) {
    return [check('request-in-progress', false, errorOf(error).message, errorOf(error).hint)];
  }
}

export interface PreflightOptions {
  readonly registry: Registry;
  readonly profiles: ProfileService;
  readonly clientOf: (state: Ceremony) => Promise<CoboClient>;
  /** Refuses a ceremony that can no longer change. */
  readonly preparing: (state: Ceremony) => void;
}

export function createPreflight({ registry, profiles, clientOf, preparing }: PreflightOptions) {
  return async function preflight(id: string): Promise<Ceremony> {
    const state = registry.entry(id).state;
    // One client for the checks that ask Cobo about the choices.
    let client: Promise<CoboClient> | undefined;
    const clientOnce = (s: Ceremony) => (client ??= clientOf(s));
    const checks = [
      await keychainCheck(state, profiles),
      ...(await connectionChecks(state, profiles)),
      ...(await choiceChecks(state, clientOnce)),
      ...(await requestInProgressCheck(state, clientOnce)),
    ];
    const ok = checks.every((c) => c.ok);
    return registry.change(id, async (s, journal) => {
      preparing(s);
      s.preflight = { at: new Date().toISOString(), ok, checks };
      s.reviewedAt = null;
      await journal.append('preflight', { ok, checks: toJson(checks) });
    });
  };
}
