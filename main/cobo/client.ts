/**
 * Typed calls for every Cobo endpoint a ceremony needs: the endpoint list. How each call travels
 * (signing, target check, timeouts, retries for reads, never re-sending a POST, paging) is in
 * http-policy.ts.
 */
import {
  CreateKeyShareHolderGroupRequest,
  CreateMpcVaultRequest,
  CreateTssRequestRequest,
  DeleteKeyShareHolderGroupResponse,
  KeyShareHolder,
  UpdateKeyShareHolderGroupRequest,
  KeyShareHolderGroup,
  ListCoboKeyShareHoldersResponse,
  ListKeyShareHolderGroupsResponse,
  ListKeyShareHoldersResponse,
  ListMpcVaultsResponse,
  ListTssRequestsResponse,
  MPCVault,
  TSSRequest,
  type GroupType,
  type VaultType,
} from './schemas';
import { groupPath, groupsPath, segment, tssRequestsPath, vaultPath, VAULTS_PATH } from './paths';
import { all, createHttpPolicy, validated, type CoboClientOptions } from './http-policy';

export {
  CLOCK_SKEW_LIMIT_MS,
  DEFAULT_RETRY,
  DEFAULT_TIMEOUT_MS,
  type CoboClientOptions,
  type Page,
  type RequestSigner,
  type RetryPolicy,
} from './http-policy';

export interface PageQuery {
  readonly limit?: number;
  readonly before?: string;
  readonly after?: string;
}

const pageQuery = (q: PageQuery = {}): Array<[string, string]> => {
  const pairs: Array<[string, string]> = [];
  if (q.limit !== undefined) pairs.push(['limit', String(q.limit)]);
  if (q.before) pairs.push(['before', q.before]);
  if (q.after) pairs.push(['after', q.after]);
  return pairs;
};

/** The spec operation behind each call of the client (test/main/sandbox/operations.test.ts holds it to the spec). */
export const CLIENT_OPERATIONS = {
  list_mpc_vaults: 'listMpcVaults',
  create_mpc_vault: 'createMpcVault',
  get_mpc_vault_by_id: 'getMpcVault',
  list_cobo_key_holders: 'listCoboKeyShareHolders',
  list_key_share_holder_groups: 'listKeyShareHolderGroups',
  create_key_share_holder_group: 'createKeyShareHolderGroup',
  get_key_share_holder_group_by_id: 'getKeyShareHolderGroup',
  list_key_share_holders: 'listKeyShareHolders',
  list_tss_requests: 'listTssRequests',
  create_tss_request: 'createTssRequest',
  get_tss_request_by_id: 'getTssRequest',
  cancel_tss_request_by_id: 'cancelTssRequest',
  update_key_share_holder_group_by_id: 'updateKeyShareHolderGroup',
  delete_key_share_holder_group_by_id: 'deleteKeyShareHolderGroup',
  get_key_share_holder_by_tss_node_id: 'getKeyShareHolder',
} as const satisfies Record<string, string>;

/** The calls that change a group once it has key shares: upgrade to Main, delete; and one holder's lookup. */
function groupChanges(http: ReturnType<typeof createHttpPolicy>) {
  return {
    /** Upgrades a Signing Key to Main (PUT, sent once); the body is checked against the spec first. */
    updateKeyShareHolderGroup: async (vaultId: string, groupId: string, body: unknown) =>
      http.post(
        groupPath(vaultId, groupId),
        validated(UpdateKeyShareHolderGroupRequest, body, 'boundary.cobo.body.groupUpgrade'),
        KeyShareHolderGroup,
        'PUT',
      ),
    /** Asks Cobo to delete a group (sent once); Cobo answers that the deletion was submitted. */
    deleteKeyShareHolderGroup: async (vaultId: string, groupId: string) =>
      http.post(`${groupPath(vaultId, groupId)}/delete`, undefined, DeleteKeyShareHolderGroupResponse),
    getKeyShareHolder: async (vaultId: string, tssNodeId: string) =>
      http.get(
        `${vaultPath(vaultId)}/key_share_holders/${segment('TSS node ID', tssNodeId)}`,
        [],
        KeyShareHolder,
      ),
  };
}

export function createCoboClient(options: CoboClientOptions) {
  const http = createHttpPolicy(options);
  const { get, post } = http;

  const client = {
    get lastClockSkewMs() {
      return http.lastClockSkewMs;
    },
    get lastLatencyMs() {
      return http.lastLatencyMs;
    },
    origin: http.origin.origin,

    listMpcVaults: async (q: { vault_type: VaultType; project_id?: string } & PageQuery) =>
      get(
        '/wallets/mpc/vaults',
        [
          ['vault_type', q.vault_type],
          ...(q.project_id ? [['project_id', q.project_id] as [string, string]] : []),
          ...pageQuery(q),
        ],
        ListMpcVaultsResponse,
      ),
    listAllMpcVaults: async (vaultType: VaultType, projectId?: string) =>
      all((after) =>
        client.listMpcVaults({ vault_type: vaultType, project_id: projectId, limit: 50, after }),
      ),
    getMpcVault: async (vaultId: string) => get(vaultPath(vaultId), [], MPCVault),

    /** The body is checked against the spec's schema before it leaves; a wrong one is refused unsent. */
    createMpcVault: async (body: unknown) =>
      post(VAULTS_PATH, validated(CreateMpcVaultRequest, body, 'boundary.cobo.body.newVault'), MPCVault),

    listCoboKeyShareHolders: async () =>
      get('/wallets/mpc/cobo_key_share_holders', [], ListCoboKeyShareHoldersResponse),

    listKeyShareHolderGroups: async (
      vaultId: string,
      q: { key_share_holder_group_type?: GroupType } & PageQuery = {},
    ) =>
      get(
        groupsPath(vaultId),
        [
          ...(q.key_share_holder_group_type
            ? [['key_share_holder_group_type', q.key_share_holder_group_type] as [string, string]]
            : []),
          ...pageQuery(q),
        ],
        ListKeyShareHolderGroupsResponse,
      ),
    listAllKeyShareHolderGroups: async (vaultId: string, type?: GroupType) =>
      all((after) =>
        client.listKeyShareHolderGroups(vaultId, { key_share_holder_group_type: type, limit: 50, after }),
      ),
    ...groupChanges(http),
    getKeyShareHolderGroup: async (vaultId: string, groupId: string) =>
      get(
        `${vaultPath(vaultId)}/key_share_holder_groups/${segment('group id', groupId)}`,
        [],
        KeyShareHolderGroup,
      ),
    /** The body is checked against the spec's schema (a Create…Request) before it leaves; a wrong one is refused unsent. */
    createKeyShareHolderGroup: async (vaultId: string, body: unknown) =>
      post(
        groupsPath(vaultId),
        validated(CreateKeyShareHolderGroupRequest, body, 'boundary.cobo.body.newGroup'),
        KeyShareHolderGroup,
      ),

    listKeyShareHolders: async (
      vaultId: string,
      q: { key_share_holder_group_ids?: string[] } & PageQuery = {},
    ) =>
      get(
        `${vaultPath(vaultId)}/key_share_holders`,
        [
          ...(q.key_share_holder_group_ids?.length
            ? [['key_share_holder_group_ids', q.key_share_holder_group_ids.join(',')] as [string, string]]
            : []),
          ...pageQuery(q),
        ],
        ListKeyShareHoldersResponse,
      ),
    listAllKeyShareHolders: async (vaultId: string, groupIds?: string[]) =>
      all((after) =>
        client.listKeyShareHolders(vaultId, { key_share_holder_group_ids: groupIds, limit: 50, after }),
      ),

    /** The body is checked against the spec's schema (a Create…Request) before it leaves; a wrong one is refused unsent. */
    createTssRequest: async (vaultId: string, body: unknown) =>
      post(
        tssRequestsPath(vaultId),
        validated(CreateTssRequestRequest, body, 'boundary.cobo.body.tssRequest'),
        TSSRequest,
      ),
    listTssRequests: async (vaultId: string, q: { key_share_holder_group_id: string } & PageQuery) =>
      get(
        tssRequestsPath(vaultId),
        [['key_share_holder_group_id', q.key_share_holder_group_id], ...pageQuery(q)],
        ListTssRequestsResponse,
      ),
    listAllTssRequests: async (vaultId: string, groupId: string) =>
      all((after) =>
        client.listTssRequests(vaultId, { key_share_holder_group_id: groupId, limit: 50, after }),
      ),
    getTssRequest: async (vaultId: string, requestId: string) =>
      get(`${vaultPath(vaultId)}/tss_requests/${segment('TSS request id', requestId)}`, [], TSSRequest),
    cancelTssRequest: async (vaultId: string, requestId: string) =>
      post(
        `${vaultPath(vaultId)}/tss_requests/${segment('TSS request id', requestId)}/cancel`,
        undefined,
        TSSRequest,
      ),
  };
  return client;
}

export type CoboClient = ReturnType<typeof createCoboClient>;
