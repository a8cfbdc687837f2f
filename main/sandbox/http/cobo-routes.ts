/** Cobo's MPC endpoints under /v2, as the spec names them, each a thin call into the engine. */
import type { Engine } from '../engine';
import { invalidParameter, missingParameter } from '../errors';
import { paginate } from '../pagination';
import type { Route } from './routes';

const V = '/wallets/mpc/vaults/([^/]+)';

/**
 * The spec's "Wallets - MPC Wallets" operations the sandbox does not serve, each with its reason; every
 * other operation of that tag is served here and called by the client (test/main/sandbox/operations.test.ts).
 */
export const NOT_SERVED: Readonly<Record<string, string>> = {
  list_mpc_projects: 'MPC projects belong to User-Controlled Wallets, outside an organisation’s key ceremony',
  create_mpc_project:
    'MPC projects belong to User-Controlled Wallets, outside an organisation’s key ceremony',
  get_mpc_project_by_id:
    'MPC projects belong to User-Controlled Wallets, outside an organisation’s key ceremony',
  update_mpc_project_by_id:
    'MPC projects belong to User-Controlled Wallets, outside an organisation’s key ceremony',
  update_mpc_vault_by_id: 'renaming a vault is not a key ceremony step',
};

/** Vaults and key share holder groups. */
function vaultAndGroupRoutes(engine: Engine): Route[] {
  return [
    {
      operationId: 'list_mpc_vaults',
      method: 'GET',
      pattern: /^\/wallets\/mpc\/vaults$/,
      handler: ({ query }) => {
        const type = query.get('vault_type');
        if (!type) throw missingParameter('vault_type');
        if (type !== 'Org-Controlled' && type !== 'User-Controlled') throw invalidParameter('vault_type');
        // The spec: project_id is required for User-Controlled vaults and must be blank for Org-Controlled.
        const project = query.get('project_id') ?? '';
        if (type === 'Org-Controlled' && project)
          throw invalidParameter('project_id must be blank for Org-Controlled vaults');
        if (type === 'User-Controlled' && !project)
          throw missingParameter('project_id (required for User-Controlled vaults)');
        return [200, paginate(engine.listVaults(type, project || undefined), query)];
      },
    },
    {
      operationId: 'create_mpc_vault',
      method: 'POST',
      pattern: /^\/wallets\/mpc\/vaults$/,
      handler: async ({ body }) => [201, await engine.createVault(body)],
    },
    {
      operationId: 'get_mpc_vault_by_id',
      method: 'GET',
      pattern: new RegExp(`^${V}$`),
      handler: ({ params }) => [200, engine.getVault(params[0] ?? '')],
    },
    {
      operationId: 'list_cobo_key_holders',
      method: 'GET',
      pattern: /^\/wallets\/mpc\/cobo_key_share_holders$/,
      handler: () => [200, engine.coboNodes()],
    },
    {
      operationId: 'list_key_share_holder_groups',
      method: 'GET',
      pattern: new RegExp(`^${V}/key_share_holder_groups$`),
      handler: ({ params, query }) => {
        const type = query.get('key_share_holder_group_type') ?? undefined;
        if (type && !['MainGroup', 'SigningGroup', 'RecoveryGroup'].includes(type))
          throw invalidParameter('key_share_holder_group_type');
        return [200, paginate(engine.listGroups(params[0] ?? '', type), query)];
      },
    },
    {
      operationId: 'create_key_share_holder_group',
      method: 'POST',
      pattern: new RegExp(`^${V}/key_share_holder_groups$`),
      handler: async ({ params, body }) => [201, await engine.createGroup(params[0] ?? '', body)],
    },
    {
      operationId: 'get_key_share_holder_group_by_id',
      method: 'GET',
      pattern: new RegExp(`^${V}/key_share_holder_groups/([^/]+)$`),
      handler: ({ params }) => [200, engine.getGroup(params[0] ?? '', params[1] ?? '')],
    },
    {
      operationId: 'list_key_share_holders',
      method: 'GET',
      pattern: new RegExp(`^${V}/key_share_holders$`),
      handler: ({ params, query }) => {
        const ids = query.get('key_share_holder_group_ids');
        const groupIds = ids ? ids.split(',').filter(Boolean) : undefined;
        return [200, paginate(engine.listHolders(params[0] ?? '', groupIds), query)];
      },
    },
    {
      operationId: 'update_key_share_holder_group_by_id',
      method: 'PUT',
      pattern: new RegExp(`^${V}/key_share_holder_groups/([^/]+)$`),
      handler: async ({ params, body }) => [
        200,
        await engine.upgradeGroup(params[0] ?? '', params[1] ?? '', body),
      ],
    },
    {
      operationId: 'delete_key_share_holder_group_by_id',
      method: 'POST',
      pattern: new RegExp(`^${V}/key_share_holder_groups/([^/]+)/delete$`),
      handler: async ({ params }) => [201, await engine.deleteGroup(params[0] ?? '', params[1] ?? '')],
    },
  ];
}

/** Holders and TSS requests. */
function holderAndRequestRoutes(engine: Engine): Route[] {
  return [
    {
      operationId: 'get_key_share_holder_by_tss_node_id',
      method: 'GET',
      pattern: new RegExp(`^${V}/key_share_holders/([^/]+)$`),
      handler: ({ params }) => [200, engine.getHolder(params[0] ?? '', params[1] ?? '')],
    },
    {
      operationId: 'list_tss_requests',
      method: 'GET',
      pattern: new RegExp(`^${V}/tss_requests$`),
      handler: ({ params, query }) => {
        const groupId = query.get('key_share_holder_group_id');
        if (!groupId) throw missingParameter('key_share_holder_group_id');
        return [200, paginate(engine.listTss(params[0] ?? '', groupId), query)];
      },
    },
    {
      operationId: 'create_tss_request',
      method: 'POST',
      pattern: new RegExp(`^${V}/tss_requests$`),
      handler: async ({ params, body }) => [201, await engine.createTss(params[0] ?? '', body)],
    },
    {
      operationId: 'get_tss_request_by_id',
      method: 'GET',
      pattern: new RegExp(`^${V}/tss_requests/([^/]+)$`),
      handler: ({ params }) => [200, engine.getTss(params[0] ?? '', params[1] ?? '')],
    },
    {
      operationId: 'cancel_tss_request_by_id',
      method: 'POST',
      pattern: new RegExp(`^${V}/tss_requests/([^/]+)/cancel$`),
      handler: async ({ params }) => [201, await engine.cancelTss(params[0] ?? '', params[1] ?? '')],
    },
  ];
}

export const coboRoutes = (engine: Engine): Route[] => [
  ...vaultAndGroupRoutes(engine),
  ...holderAndRequestRoutes(engine),
];
