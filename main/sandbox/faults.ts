/**
 * Fault injection for the sandbox's Cobo API: for the next N matching requests or for a time window,
 * make the answer slow, an error, a rate limit, a reset connection, or a broken body. An error, rate
 * limit or reset acts either before the request is handled (nothing happens) or after (it happened,
 * but the answer is lost) — the second is what makes an outcome unknown to the client. Latency and
 * broken or slow bodies always act on the real answer.
 */
import { z } from 'zod';

export const FaultSpec = z.strictObject({
  kind: z.enum([
    'latency',
    'http_error',
    'rate_limit',
    'reset',
    'truncated_json',
    'malformed_json',
    'slow_body',
  ]),
  /** How many matching requests it applies to; omitted means "until the window ends". */
  count: z.number().int().min(1).max(10_000).optional(),
  /** For how long it applies, in ms; omitted means "until count runs out". */
  window_ms: z.number().int().min(1).max(3_600_000).optional(),
  phase: z.enum(['before', 'after']).default('before'),
  method: z.enum(['GET', 'POST', 'PUT']).optional(),
  /** Only paths starting with this (after /v2), e.g. "/wallets/mpc/vaults". */
  path_prefix: z.string().max(300).optional(),
  /** Only this exact path (after /v2). */
  path: z.string().max(300).optional(),
  status: z.union([z.literal(500), z.literal(502), z.literal(503), z.literal(504)]).default(500),
  retry_after_s: z.number().int().min(0).max(3_600).default(1),
  latency_ms: z.number().int().min(0).max(120_000).default(2_000),
});
export type FaultSpec = z.output<typeof FaultSpec>;

interface ActiveFault {
  spec: FaultSpec;
  remaining: number | null;
  until: number | null;
}

export function createFaults(now: () => number = Date.now) {
  let faults: ActiveFault[] = [];
  return {
    add(input: unknown): FaultSpec {
      const spec = FaultSpec.parse(input);
      if (spec.count === undefined && spec.window_ms === undefined) {
        throw new Error('a fault needs a count, a window_ms, or both');
      }
      faults.push({
        spec,
        remaining: spec.count ?? null,
        until: spec.window_ms === undefined ? null : now() + spec.window_ms,
      });
      return spec;
    },
    clear() {
      faults = [];
    },
    list() {
      faults = faults.filter(
        (f) => (f.remaining === null || f.remaining > 0) && (f.until === null || f.until > now()),
      );
      return faults.map((f) => ({ ...f.spec, remaining: f.remaining, until: f.until }));
    },
    /** The fault that applies to this request, if any, consuming one use of it. */
    take(method: string, apiPath: string): FaultSpec | null {
      for (const f of faults) {
        if (f.until !== null && f.until <= now()) continue;
        if (f.remaining !== null && f.remaining <= 0) continue;
        if (f.spec.method && f.spec.method !== method) continue;
        if (f.spec.path_prefix && !apiPath.startsWith(f.spec.path_prefix)) continue;
        if (f.spec.path && apiPath !== f.spec.path) continue;
        if (f.remaining !== null) f.remaining--;
        return f.spec;
      }
      return null;
    },
  };
}

export type Faults = ReturnType<typeof createFaults>;
