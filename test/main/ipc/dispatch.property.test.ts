// @vitest-environment node
/**
 * Walks every channel of the contract (so it grows with it) and throws random and adversarial inputs
 * at the real dispatch: the answer is always a contract-valid value or a structured error, never a
 * crash, a hang or a stack trace.
 */
import fc from 'fast-check';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { once } from '../../helpers/once';
import { channelNames, channels, ResultEnvelope } from '../../../common/contract';
import { setLogSink } from '../../../main/log';
import { startRuntime, type Runtime } from '../../../main/runtime';

const RUNS_PER_CHANNEL = 600;
const HANG_MS = 5_000;

let runtime: Runtime;
let dataDir: string;
let restoreLog: (line: string) => void;

beforeEach(
  once(async () => {
    restoreLog = setLogSink(() => {});
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'kc-prop-'));
    runtime = await startRuntime({ frontEnd: 'browser', dataDir });
  }),
);
afterAll(async () => {
  await runtime?.close();
  rmSync(dataDir, { recursive: true, force: true });
  setLogSink(restoreLog);
});

const hostile = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'valueOf'),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constant('x'.repeat(100_000)),
  fc.constant('\u0000\u202e\ud800'),
);

const value = fc.oneof(
  fc.anything({
    maxDepth: 3,
    withNullPrototype: true,
    withBigInt: true,
    withDate: true,
    withMap: true,
    withTypedArray: true,
  }),
  hostile,
  fc.integer(),
  fc.double(),
);

function inputsFor(channel: (typeof channelNames)[number]) {
  const schema = channels[channel].input as unknown as { shape?: Record<string, unknown> };
  const keys = Object.keys(schema.shape ?? {});
  const shaped = fc.record(Object.fromEntries(keys.map((k) => [k, value])), { requiredKeys: [] });
  const shapedPlusExtra = fc
    .tuple(shaped, fc.dictionary(hostile, value, { maxKeys: 3 }))
    .map(([a, b]) => ({ ...b, ...a }));
  return fc.oneof(value, shaped, shapedPlusExtra);
}

const withTimeout = <T>(promise: Promise<T>) =>
  Promise.race([
    promise,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error('hang')), HANG_MS)),
  ]);

describe('dispatch under random and adversarial input', () => {
  it.each(channelNames)('%s always answers a valid value or a structured error', async (channel) => {
    await fc.assert(
      fc.asyncProperty(inputsFor(channel), async (input) => {
        const result = await withTimeout(runtime.dispatch(channel, input));
        const envelope = ResultEnvelope.parse(result);
        if (envelope.ok) {
          expect(channels[channel].output.safeParse(envelope.value).success).toBe(true);
        } else {
          expect(JSON.stringify(envelope.error)).not.toMatch(/\n\s+at |\.ts:\d+|\.js:\d+|node_modules/);
        }
      }),
      { numRuns: RUNS_PER_CHANNEL },
    );
  });

  it('refuses random channel names', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(hostile, value), value, async (channel, input) => {
        fc.pre(!channelNames.includes(channel as never));
        const result = ResultEnvelope.parse(await withTimeout(runtime.dispatch(channel, input)));
        expect(result.ok).toBe(false);
      }),
      { numRuns: 1_000 },
    );
  });
});
