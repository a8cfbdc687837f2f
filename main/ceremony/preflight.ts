/**
 * Pre-flight: just before the check-in, the app checks what it can by itself — the keychain holds the
 * secret, Cobo answers and accepts the key, the clocks agree, the choices still fit what Cobo reports,
 * and enough holders can take part. Each check says what to do when it fails.
 */
import { saidBy } from '../../common/i18n/said-recorder';
import { participants, quorum } from '../../common/ceremony/rules';
import { describeStatus } from '../../common/ceremony/status';
import type { Ceremony, ErrorPayload, PreflightReport } from '../../common/contract';
import type { Said, SaidValue } from '../../common/i18n/said';
import { EN, said, sayEnglish } from '../../common/i18n/translate';
import { joinSaid } from '../../common/i18n/said-list';
import { CLOCK_SKEW_LIMIT_MS, type CoboClient } from '../cobo/client';
import type { ProfileService } from '../profiles/service';
import { fitsBoundary } from '../app-error';
import { errorOf } from './errors';
import { protocolFor } from './protocols';
import { toJson, type Registry } from './registry';

type Check = PreflightReport['checks'][number];
const english = (v: SaidValue | null): string =>
  v === null ? '' : typeof v === 'object' ? sayEnglish(v) : String(v);
/**
 * A check's result in English (the journal and the log) and, when said as keys, for the page to say
 * in its language; a message that is still English text (a rule's problem) shows as it is.
 */
function check(id: string, ok: boolean, message: SaidValue, hint: SaidValue | null): Check {
  const result = { id, ok, message: english(message), hint: english(hint) };
  if (typeof message !== 'object') return result;
  const saidHint = typeof hint === 'object' && hint !== null ? hint : null;
  if (!fitsBoundary(message, ...(saidHint ? [saidHint] : []))) return result;
  return { ...result, said: saidHint ? { message, hint: saidHint } : { message } };
}
/** A failure as a check: its words, as main said them. */
const failed = (id: string, error: ErrorPayload): Check =>
  error.said
    ? check(id, false, error.said.message, error.said.hint)
    : { id, ok: false, message: error.message, hint: error.hint };
const NO_HINT = null;

async function keychainCheck(state: Ceremony, profiles: ProfileService): Promise<Check> {
  try {
    const hasSecret = await profiles.hasSecret(state.profileId);
    return check(
      'keychain',
      hasSecret,
      said(hasSecret ? 'checks.preflight.secretHeld' : 'checks.preflight.secretMissing'),
      hasSecret ? NO_HINT : said('checks.preflight.secretMissingHint'),
    );
  } catch (error) {
    return failed('keychain', errorOf(error));
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
      reachable ? said('checks.preflight.reachable') : (report.said?.message ?? report.message),
      report.outcome === 'ok' ? NO_HINT : (report.said?.hint ?? report.hint),
    ),
    check(
      'clock',
      skewOk,
      skew === null
        ? said(skewOk ? 'checks.preflight.clockUncomparedOk' : 'checks.preflight.clockUncompared')
        : said('checks.preflight.clockSkew', {
            seconds: String(Math.round(Math.abs(skew) / 1000)),
            limit: String(CLOCK_SKEW_LIMIT_MS / 1000),
          }),
      skewOk ? NO_HINT : said('checks.preflight.clockSkewHint'),
    ),
  ];
}

async function choiceChecks(state: Ceremony, clientOf: PreflightOptions['clientOf']): Promise<Check[]> {
  try {
    const protocol = protocolFor(state.kind);
    const context = await protocol.load(state, await clientOf(state));
    const verdict = protocol.check(state, context, EN);
    // The rules' problems said as message keys, for the page's language.
    const problems = saidBy(
      (t) => protocol.check(state, context, t),
      (v) => v.problems,
      verdict,
    );
    const checks = [
      check(
        'selection',
        verdict.ok,
        verdict.ok ? said(protocol.readyKey) : joinSaid(problems, 'space'),
        verdict.ok ? NO_HINT : said('checks.preflight.selectionHint'),
      ),
    ];
    if (protocol.holdersApprove) {
      const people = participants(state.kind, state.selection, context.groups, context.nodes);
      const q = quorum(people, people.length, EN);
      checks.push(
        check(
          'quorum',
          q.canSucceed,
          said('checks.preflight.quorum', { sentence: q.said }),
          q.canSucceed ? NO_HINT : said('checks.preflight.quorumHint'),
        ),
      );
    }
    return checks;
  } catch (error) {
    return [failed('selection', errorOf(error))];
  }
}

/** One open request, as the check names it. */
const openRequest = (r: {
  type?: string | null;
  tss_request_id?: string | null;
  status?: string | null;
}): Said =>
  said('checks.preflight.openRequest', {
    type: r.type ?? said('checks.preflight.request'),
    id: String(r.tss_request_id),
    status: String(r.status),
  });

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
          ? said('checks.preflight.noRequestInProgress', { group: targetGroupId })
          : said('checks.preflight.requestInProgress', {
              group: targetGroupId,
              requests: joinSaid(open.map(openRequest), 'semicolon'),
            }),
        open.length === 0 ? NO_HINT : said('checks.preflight.requestInProgressHint'),
      ),
    ];
  } catch (error) {
    return [failed('request-in-progress', errorOf(error))];
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
      // The journal keeps the checks as it always has: the English, never the keys.
      await journal.append('preflight', { ok, checks: toJson(checks.map(({ said: _said, ...c }) => c)) });
    });
  };
}
