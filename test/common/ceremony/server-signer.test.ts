// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { serverSignerDeadline } from '../../../common/ceremony/status';

describe('a Server Signer’s 24 hours', () => {
  it('runs from when Cobo first reported the request', () => {
    expect(
      serverSignerDeadline([
        { at: '2026-12-03T05:00:00.000Z' },
        { at: '2026-12-03T06:00:00.000Z' },
      ])?.toISOString(),
    ).toBe('2026-12-04T05:00:00.000Z');
  });

  it('is not said before Cobo has reported anything, or from a time it cannot read', () => {
    expect(serverSignerDeadline([])).toBeNull();
    expect(serverSignerDeadline([{ at: 'soon' }])).toBeNull();
  });
});
