/**
 * The connection test: one small signed read, and what its answer says about the profile — ready,
 * refused key, clock off, network trouble or Cobo trouble — in words with what to do next.
 */
import type { ConnectionReport, EnvironmentId } from '../../common/contract';
import { CLOCK_SKEW_LIMIT_MS, type CoboClient } from '../cobo/client';
import { isCoboApiError } from '../cobo/errors';
import { KeychainError } from '../keychain/secret-store';

export async function testConnection(
  client: CoboClient,
  environment: EnvironmentId = 'development',
): Promise<ConnectionReport> {
  const report = (
    outcome: ConnectionReport['outcome'],
    message: string,
    hint: string,
    extra: Partial<ConnectionReport> = {},
  ) => ({
    outcome,
    message,
    hint,
    clockSkewMs: null,
    latencyMs: null,
    errorId: null,
    ...extra,
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
        'The offline sandbox on this computer did not answer.',
        'It runs inside Key Ceremony itself, so no network or proxy is involved: restart Key Ceremony (or “npm run start:browser”) and test again.',
        extra,
      );
    return report(outcome, error.message, error.hint, extra);
  }
  const skew = client.lastClockSkewMs;
  const extra = { clockSkewMs: skew, latencyMs: client.lastLatencyMs };
  if (skew !== null && Math.abs(skew) > CLOCK_SKEW_LIMIT_MS) {
    return report(
      'clock_skew',
      `Connected, but this computer’s clock is ${Math.round(Math.abs(skew) / 1000)} s off Cobo’s; requests will start failing.`,
      'Set the system clock to synchronise automatically (NTP).',
      extra,
    );
  }
  return report('ok', 'Connected and authenticated.', 'This profile is ready for a ceremony.', extra);
}
