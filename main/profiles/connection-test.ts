/**
 * The connection test: one small signed read, and what its answer says about the profile — ready,
 * refused key, clock off, network trouble or Cobo trouble — in words with what to do next.
 */
import type { ConnectionReport, EnvironmentId } from '../../common/contract';
import type { Said } from '../../common/i18n/said';
import { said, sayEnglish } from '../../common/i18n/translate';
import { fitsBoundary } from '../app-error';
import { CLOCK_SKEW_LIMIT_MS, type CoboClient } from '../cobo/client';
import { isCoboApiError } from '../cobo/errors';
import { KeychainError } from '../keychain/secret-store';

export async function testConnection(
  client: CoboClient,
  environment: EnvironmentId = 'development',
): Promise<ConnectionReport> {
  // English for the log and the command line; the keys for the page to say in its language.
  const report = (
    outcome: ConnectionReport['outcome'],
    message: Said,
    hint: Said,
    extra: Partial<ConnectionReport> = {},
  ): ConnectionReport => ({
    outcome,
    message: sayEnglish(message),
    hint: sayEnglish(hint),
    clockSkewMs: null,
    latencyMs: null,
    errorId: null,
    ...extra,
    ...(fitsBoundary(message, hint) ? { said: { message, hint } } : {}),
  });
  try {
    await client.listMpcVaults({ vault_type: 'Org-Controlled', limit: 1 });
  } catch (error) {
    if (error instanceof KeychainError || !isCoboApiError(error)) throw error;
    const extra = {
      clockSkewMs: client.lastClockSkewMs,
      latencyMs: client.lastLatencyMs,
      errorId: error.details.errorId ?? null,
    };
    const kind = error.details.kind;
    const outcome =
      kind === 'auth' || kind === 'forbidden'
        ? 'auth_failed'
        : kind === 'clock_skew'
          ? 'clock_skew'
          : kind === 'network' || kind === 'timeout' || kind === 'refused'
            ? 'network'
            : kind === 'server' || kind === 'rate_limited'
              ? 'server_error'
              : 'unexpected';
    // The offline sandbox runs inside the app: no network or proxy stands between them.
    if (outcome === 'network' && environment === 'sandbox')
      return report(
        outcome,
        said('checks.connection.sandboxSilent'),
        said('checks.connection.sandboxSilentHint'),
        extra,
      );
    return report(outcome, error.said.message, error.said.hint, extra);
  }
  const skew = client.lastClockSkewMs;
  const extra = { clockSkewMs: skew, latencyMs: client.lastLatencyMs };
  if (skew !== null && Math.abs(skew) > CLOCK_SKEW_LIMIT_MS) {
    return report(
      'clock_skew',
      said('checks.connection.clockOff', { seconds: String(Math.round(Math.abs(skew) / 1000)) }),
      said('checks.connection.clockOffHint'),
      extra,
    );
  }
  return report('ok', said('checks.connection.ok'), said('checks.connection.okHint'), extra);
}
