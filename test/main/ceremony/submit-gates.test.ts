// @vitest-environment node
/** What stands between a reviewed ceremony and the send (issue #27, item 2): the body sent is the body reviewed. */
import { describe, expect, it } from 'vitest';
import { useRigs } from './helpers';

const setup = useRigs();

describe('the send', () => {
  it('refuses a body other than the one reviewed, and sends nothing', async () => {
    const r = await setup();
    const c = r.runtime.services.ceremonies;
    const main = await r.group('MainGroup');
    const prepared = await r.prepare('KeyGen', { targetGroupId: main.key_share_holder_group_id });
    const requests = () => r.runtime.services.sandbox?.engine.state.requests.length;
    const before = requests();
    // What was reviewed no longer matches what would be sent (as if the review were of another body).
    const live = c.get(prepared.id);
    live.requestBody = { ...(live.requestBody as object), target_key_share_holder_group_id: 'another-group' };
    await expect(c.submit(prepared.id, undefined)).rejects.toMatchObject({
      code: 'ceremony.review_stale',
      message: 'What would be sent differs from what was reviewed.',
    });
    expect(requests()).toBe(before);
    expect(c.get(prepared.id)).toMatchObject({ phase: 'preparing', tssRequestId: null });
    // Reviewed again, it goes.
    await c.review(prepared.id);
    await c.submit(prepared.id, undefined);
    expect(requests()).toBe((before ?? 0) + 1);
  });
});
