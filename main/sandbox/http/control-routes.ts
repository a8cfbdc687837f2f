/**
 * The control API under /sandbox/ (token-protected): play the holders' part, change timings, inject
 * faults, and read what happened (for tests, benchmarks and rehearsal scripts).
 */
import { z } from 'zod';
import type { Engine } from '../engine';
import type { Faults } from '../faults';
import type { Route } from './routes';

const Decision = z.strictObject({ tss_request_id: z.string(), decision: z.enum(['approve', 'reject']) });
const Online = z.strictObject({ online: z.boolean() });
const Advanced = z.strictObject({ advanced: z.boolean() });
const Settings = z.strictObject({
  auto_approve_ms: z.number().int().min(0).max(600_000).optional(),
  step_ms: z.number().int().min(0).max(600_000).optional(),
  manual_approval: z.boolean().optional(),
  admin_approval: z.boolean().optional(),
});
const ApiKey = z.strictObject({ api_key: z.string().regex(/^[0-9a-fA-F]{64}$/) });
const KeygenFailures = z.strictObject({ count: z.number().int().min(0).max(100) });
const RecoveryFile = z.strictObject({
  password: z.string().min(8).max(200),
  version: z.union([z.literal(2), z.literal(3)]).default(3),
});
const N = '/holders/([^/]+)';

/** What the server counts per API key: every authenticated request, and reads of a single TSS request. */
export interface RequestCounts {
  readonly requests: Map<string, number>;
  readonly statusReads: Map<string, number>;
}

function stateRoute(engine: Engine, faults: Faults, counts: RequestCounts): Route {
  return {
    method: 'GET',
    pattern: /^\/state$/,
    handler: () => [
      200,
      {
        holders: engine.holderView(),
        settings: engine.settings,
        faults: faults.list(),
        api_requests: Object.fromEntries(counts.requests),
        tss_request_reads: Object.fromEntries(counts.statusReads),
        requests: engine.state.requests.map((r) => ({
          tss_request_id: r.tss_request_id,
          type: r.type,
          status: r.status,
          target: r.target_key_share_holder_group_id,
        })),
      },
    ],
  };
}

export function controlRoutes(engine: Engine, faults: Faults, counts: RequestCounts): Route[] {
  return [
    stateRoute(engine, faults, counts),
    {
      method: 'GET',
      pattern: /^\/requests\/([^/]+)$/,
      handler: ({ params }) => [200, engine.requestDetail(params[0] ?? '')],
    },
    {
      method: 'POST',
      pattern: /^\/requests\/([^/]+)\/admin-approval$/,
      handler: async ({ params }) => [201, await engine.approveAsAdmins(params[0] ?? '')],
    },
    {
      method: 'POST',
      pattern: /^\/api-keys$/,
      handler: async ({ body }) => {
        const key = ApiKey.parse(body).api_key.toLowerCase();
        await engine.registerApiKey(key);
        return [201, { registered: key }];
      },
    },
    {
      method: 'POST',
      pattern: new RegExp(`^${N}/decision$`),
      handler: async ({ params, body }) => {
        const d = Decision.parse(body);
        return [201, await engine.decide(params[0] ?? '', d.tss_request_id, d.decision)];
      },
    },
    {
      method: 'POST',
      pattern: new RegExp(`^${N}/online$`),
      handler: async ({ params, body }) => [
        201,
        await engine.setOnline(params[0] ?? '', Online.parse(body).online),
      ],
    },
    {
      method: 'POST',
      pattern: new RegExp(`^${N}/lose-phone$`),
      handler: async ({ params }) => [201, await engine.losePhone(params[0] ?? '')],
    },
    {
      method: 'POST',
      pattern: new RegExp(`^${N}/recovery-file$`),
      handler: ({ params, body }) => {
        const { password, version } = RecoveryFile.parse(body);
        const file = engine.exportRecoveryFile(params[0] ?? '', password, version);
        return [201, { file_name: file.fileName, groups: file.groups, content: file.content }];
      },
    },
    {
      method: 'POST',
      pattern: new RegExp(`^${N}/restore-from-backup$`),
      handler: async ({ params }) => [201, await engine.restoreFromBackup(params[0] ?? '')],
    },
    {
      method: 'POST',
      pattern: new RegExp(`^${N}/unfreeze$`),
      handler: async ({ params }) => [201, await engine.unfreeze(params[0] ?? '')],
    },
    {
      method: 'POST',
      pattern: /^\/vaults\/([^/]+)\/advanced$/,
      handler: async ({ params, body }) => [
        201,
        await engine.setVaultAdvanced(params[0] ?? '', Advanced.parse(body).advanced),
      ],
    },
    {
      method: 'POST',
      pattern: /^\/settings$/,
      handler: async ({ body }) => {
        const s = Settings.parse(body);
        if (s.auto_approve_ms !== undefined) engine.settings.autoApproveMs = s.auto_approve_ms;
        if (s.step_ms !== undefined) engine.settings.stepMs = s.step_ms;
        await engine.setRehearsal({
          ...(s.manual_approval !== undefined ? { manualApproval: s.manual_approval } : {}),
          ...(s.admin_approval !== undefined ? { adminApproval: s.admin_approval } : {}),
        });
        return [201, engine.settings];
      },
    },
    { method: 'POST', pattern: /^\/faults$/, handler: ({ body }) => [201, faults.add(body)] },
    {
      method: 'DELETE',
      pattern: /^\/faults$/,
      handler: () => {
        faults.clear();
        return [200, { cleared: true }];
      },
    },
    {
      method: 'POST',
      pattern: /^\/keygen-failures$/,
      handler: ({ body }) => {
        const { count } = KeygenFailures.parse(body);
        engine.failNextKeyGenerations(count);
        return [201, { count }];
      },
    },
  ];
}
