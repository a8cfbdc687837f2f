// @vitest-environment node
/**
 * A cancel and the tracker racing for the same ending: Cobo answers the cancel slowly while the
 * request's final status is already there to be seen. The record must end once, as cancelled by the
 * officer, and a cancel that fails must leave the request followed as before.
 */
import { describe, expect, it } from 'vitest';
import type { CoboClient } from '../../../main/cobo/client';
import type { Ceremony } from '../../../common/contract';
import { createClosing } from '../../../main/ceremony/closing';
import type { Registry } from '../../../main/ceremony/registry';
import type { Tracker } from '../../../main/ceremony/tracker';
import { useRigs, type Rig } from './helpers';

const setup = useRigs();

/** Cobo's answer to a cancel, held back until `release` (the request is already cancelled there). */
function slowCancels(r: Rig, fail = false) {
  const profiles = r.runtime.services.profiles;
  const real = profiles.clientFor.bind(profiles);
  let answered: () => void = () => undefined;
  const answer = new Promise<void>((resolve) => (answered = resolve));
  let asked = false;
  profiles.clientFor = async (id: string): Promise<CoboClient> => {
    const client = await real(id);
    return Object.assign(Object.create(client) as CoboClient, {
      cancelTssRequest: async (...args: Parameters<CoboClient['cancelTssRequest']>) => {
        asked = true;
        const result = await client.cancelTssRequest(...args);
        await answer;
        if (fail) throw new Error('the connection dropped');
        return result;
      },
    });
  };
  return { answer: answered, asked: () => asked };
}

async function pendingKeyGen(r: Rig) {
  const c = r.runtime.services.ceremonies;
  r.runtime.services.sandbox!.engine.settings.manualApproval = true;
  const main = await r.group('MainGroup');
  const a = await r.prepare('KeyGen', { targetGroupId: main.key_share_holder_group_id });
  await c.submit(a.id, undefined);
  await r.waitFor(() => c.get(a.id).statuses.length > 0, 'first status');
  return a.id;
}

describe('a cancel racing the tracker', () => {
  it('ends the record once, as cancelled, though the final status could be seen before Cobo answered', async () => {
    const r = await setup();
    const c = r.runtime.services.ceremonies;
    const id = await pendingKeyGen(r);
    const slow = slowCancels(r);
    const cancelling = c.cancelRequest(id);
    await r.waitFor(() => slow.asked(), 'the cancel to reach Cobo');
    // Many polls' worth of time with the request already ended at Cobo: the tracker must hold back.
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(c.get(id).phase).toBe('tracking');
    slow.answer();
    const done = await cancelling;
    expect(done).toMatchObject({ phase: 'finished', outcome: 'cancelled' });
    const endings = c.journal(id).filter((e) => e.kind === 'ceremony_finished');
    expect(endings.map((e) => e.data)).toEqual([
      { outcome: 'cancelled', failure: 'The request was cancelled; nothing was created.' },
    ]);
    // The final status is journalled once too.
    const seen = c.journal(id).filter((e) => e.kind === 'status_observed');
    expect(seen.filter((e) => e.data.status === 'KeyHolderConfirmationFailed')).toHaveLength(1);
  });

  it('takes one cancel at a time: a second one while Cobo answers the first is refused, and says why', async () => {
    const r = await setup();
    const c = r.runtime.services.ceremonies;
    const id = await pendingKeyGen(r);
    const slow = slowCancels(r);
    const first = c.cancelRequest(id);
    await r.waitFor(() => slow.asked(), 'the first cancel to reach Cobo');
    await expect(c.cancelRequest(id)).rejects.toMatchObject({
      code: 'ceremony.cancel_under_way',
      said: { message: { key: 'errors.ceremony.cancelUnderWay' } },
    });
    slow.answer();
    expect(await first).toMatchObject({ phase: 'finished', outcome: 'cancelled' });
    expect(c.journal(id).filter((e) => e.kind === 'ceremony_finished')).toHaveLength(1);
  });

  it('goes on following the request when the cancel fails, and records its end as Cobo reports it', async () => {
    const r = await setup();
    const c = r.runtime.services.ceremonies;
    const id = await pendingKeyGen(r);
    const slow = slowCancels(r, true);
    const cancelling = c.cancelRequest(id);
    await r.waitFor(() => slow.asked(), 'the cancel to reach Cobo');
    slow.answer();
    // Not ended by the cancel: its answer never came; what went wrong is shown until the next look.
    const after = await cancelling;
    expect(after.outcome).not.toBe('cancelled');
    expect(after.lastError).toMatchObject({ code: expect.any(String) });
    // Cobo did cancel it: the tracker, following again, sees the end and records it once.
    await r.waitFor(() => c.get(id).phase === 'finished', 'the tracker to see the end');
    expect(c.get(id).outcome).toBe('failed');
    expect(c.journal(id).filter((e) => e.kind === 'ceremony_finished')).toHaveLength(1);
  });
});

describe('a cancel whose turn comes after the end was recorded', () => {
  // Cobo refuses to cancel a request that has ended, so the sandbox cannot play this order: a look
  // already recording the end when the cancel began, and Cobo still answering the cancel "Success".
  // A registry whose change runs after that look stands in for the timing; the rule is the cancel's.
  it('records Cobo’s answer and no second ending', async () => {
    const appended: string[] = [];
    const journal = { append: async (kind: string) => void appended.push(kind) };
    const state = {
      id: 'c1',
      kind: 'KeyGen',
      phase: 'tracking',
      tssRequestId: 'r1',
      selection: { vaultId: 'v1' },
      statuses: [{ status: 'PendingKeyHolderConfirmation', at: '' }],
    } as unknown as Ceremony;
    const registry = {
      entry: () => ({ state, journal }),
      change: async (_id: string, run: (s: Ceremony, j: typeof journal) => Promise<void>) => {
        // The look that was already recording ends the ceremony first.
        Object.assign(state, { phase: 'finished', outcome: 'failed' });
        await run(state, journal);
        return state;
      },
    } as unknown as Registry;
    const tracker = { hold: () => true, release: () => undefined } as unknown as Tracker;
    const client = {
      cancelTssRequest: async () => ({ status: 'Success' }),
      getTssRequest: async () => ({ status: 'KeyHolderConfirmationFailed' }),
    } as unknown as CoboClient;
    const closing = createClosing({
      registry,
      tracker,
      clientOf: async () => client,
      stranded: async () => null,
    });
    const after = await closing.cancelRequest('c1');
    expect(after).toMatchObject({ phase: 'finished', outcome: 'failed' });
    expect(appended).toEqual(['note', 'response_received']);
  });
});
