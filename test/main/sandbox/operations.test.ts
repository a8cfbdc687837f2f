// @vitest-environment node
/**
 * Every operation of the spec's "Wallets - MPC Wallets" tag is either served by the sandbox and called by
 * the client, or listed in one place (NOT_SERVED) with its reason.
 */
import { describe, expect, it } from 'vitest';
import { CLIENT_OPERATIONS, createCoboClient } from '../../../main/cobo/client';
import { coboRoutes, NOT_SERVED } from '../../../main/sandbox/http/cobo-routes';
import type { Engine } from '../../../main/sandbox/engine';
import { operationsOf } from '../cobo/spec';

const ops = operationsOf('Wallets - MPC Wallets');
const routes = coboRoutes({} as Engine);
const client = createCoboClient({
  baseUrl: 'https://api.dev.cobo.com/v2',
  sign: () => ({ headers: {}, queryString: '' }) as never,
});
const example = (path: string) => path.replace(/\{[^}]+\}/g, 'x1');

describe('the spec’s MPC wallet operations', () => {
  it('are all accounted for', () => {
    expect(ops.length).toBeGreaterThan(15);
    const served = ops.filter((op) => !(op.operationId in NOT_SERVED)).map((op) => op.operationId);
    expect(served.sort()).toEqual(Object.keys(CLIENT_OPERATIONS).sort());
    for (const id of Object.keys(NOT_SERVED)) expect(ops.map((op) => op.operationId)).toContain(id);
  });

  it.each(ops.filter((op) => !(op.operationId in NOT_SERVED)).map((op) => [op.operationId, op] as const))(
    '%s is served on its method and path, and called by the client',
    (id, op) => {
      const route = routes.find((r) => r.operationId === id);
      expect(route, id).toBeDefined();
      expect(route!.method).toBe(op.method);
      expect(route!.pattern.test(example(op.path))).toBe(true);
      // No other route answers the same method and path.
      expect(routes.filter((r) => r.method === op.method && r.pattern.test(example(op.path)))).toHaveLength(
        1,
      );
      const method = CLIENT_OPERATIONS[id as keyof typeof CLIENT_OPERATIONS];
      expect(typeof client[method]).toBe('function');
    },
  );

  it.each(Object.entries(NOT_SERVED))('%s is not served (%s)', (id) => {
    const op = ops.find((o) => o.operationId === id)!;
    expect(
      routes.some(
        (r) => r.operationId === id || (r.method === op.method && r.pattern.test(example(op.path))),
      ),
    ).toBe(false);
  });
});
