/**
 * The Cobo wire format for the MPC endpoints a ceremony uses, as zod schemas that mirror the official
 * OpenAPI spec (test/reference/cobo-waas2-openapi.yaml) field by field. test/main/cobo/
 * schemas.test.ts loads the spec and checks these against it, so drift is caught.
 *
 * The spec marks almost no response field as required, and neither do we: a field it leaves optional
 * may be absent or null. What a ceremony cannot work without (an id, a type, a status) is checked where
 * it is used (ceremony/cobo-views.ts, the protocols), so one incomplete item never rejects a whole
 * answer. Enums are open: a value Cobo adds later is kept as a string and shown as unknown.
 */
import { z } from 'zod';
import { saidParams } from '../../common/describe-issues';
import {
  ALLOWED_GROUP_SHAPES,
  CURVES,
  GROUP_STATUSES,
  GROUP_TYPES,
  HOLDER_STATUSES,
  HOLDER_TYPES,
  TSS_REQUEST_STATUSES,
  TSS_REQUEST_TYPES,
  VAULT_TYPES,
} from '../../common/cobo-enums';

export * from '../../common/cobo-enums';

/** An enum that keeps values the spec does not know yet, as the official SDKs do. */
function openEnum<const T extends readonly [string, ...string[]]>(values: T) {
  return z.union([z.enum(values), z.string().min(1).max(200)]);
}

/** Optional in the spec: absent or null on the wire both become undefined. */
const optional = <T extends z.ZodType>(schema: T) => schema.nullish().transform((v) => v ?? undefined);

const int64 = z.number().int();
const text = z.string().max(10_000);
const id = z.string().min(1).max(200);
/** An id in an answer: the spec allows an empty string, which says no more than an absent id (the item
 * is then shown with its problem), so it must not reject the whole answer. */
const answerId = z
  .string()
  .max(200)
  .nullish()
  .transform((v) => v || undefined);

export const RootPubkey = z.object({
  root_pubkey: optional(text),
  curve: optional(openEnum(CURVES)),
});

export const MPCVault = z.object({
  vault_id: answerId,
  project_id: optional(text),
  name: optional(text),
  type: optional(openEnum(VAULT_TYPES)),
  root_pubkeys: optional(z.array(RootPubkey)),
  created_timestamp: optional(int64),
});
export type MPCVault = z.output<typeof MPCVault>;

export const KeyShareHolder = z.object({
  name: optional(text),
  type: optional(openEnum(HOLDER_TYPES)),
  // Absent while a phone is not activated yet: the holder is shown, and cannot be chosen.
  tss_node_id: answerId,
  online: optional(z.boolean()),
  signer: optional(z.boolean()),
  status: optional(openEnum(HOLDER_STATUSES)),
  account_id: optional(text),
});
export type KeyShareHolder = z.output<typeof KeyShareHolder>;

export const TSSGroups = z.object({
  tss_key_share_group_id: optional(text),
  curve: optional(openEnum(CURVES)),
  root_pubkey: optional(text),
});

export const KeyShareHolderGroup = z.object({
  key_share_holder_group_id: answerId,
  type: optional(openEnum(GROUP_TYPES)),
  tss_key_share_groups: optional(z.array(TSSGroups)),
  key_share_holders: optional(z.array(KeyShareHolder)),
  participants: optional(int64),
  threshold: optional(int64),
  status: optional(openEnum(GROUP_STATUSES)),
  created_timestamp: optional(int64),
});
export type KeyShareHolderGroup = z.output<typeof KeyShareHolderGroup>;

export const SourceGroup = z.object({
  key_share_holder_group_id: answerId,
  tss_node_ids: optional(z.array(z.string().max(200)).transform((ids) => ids.filter(Boolean))),
});

export const TSSRequest = z.object({
  tss_request_id: answerId,
  source_key_share_holder_group: optional(SourceGroup),
  target_key_share_holder_group_id: optional(text),
  type: optional(openEnum(TSS_REQUEST_TYPES)),
  status: optional(openEnum(TSS_REQUEST_STATUSES)),
  description: optional(text),
  created_timestamp: optional(int64),
});
export type TSSRequest = z.output<typeof TSSRequest>;

/** Required by the spec; an empty or null cursor means the end of the data, so null is read as empty. */
const cursor = z
  .string()
  .max(1_000)
  .nullable()
  .transform((v) => v ?? '');

export const Pagination = z.object({
  before: cursor,
  after: cursor,
  total_count: int64,
});
export type Pagination = z.output<typeof Pagination>;

const page = <T extends z.ZodType>(item: T) => z.object({ data: z.array(item), pagination: Pagination });

export const ListMpcVaultsResponse = page(MPCVault);
export const ListKeyShareHolderGroupsResponse = page(KeyShareHolderGroup);
export const ListKeyShareHoldersResponse = page(KeyShareHolder);
export const ListTssRequestsResponse = page(TSSRequest);
export const ListCoboKeyShareHoldersResponse = z.array(KeyShareHolder);

export const ErrorResponse = z.object({
  error_code: int64,
  error_message: z.string(),
  error_id: z.string(),
});
export type ErrorResponse = z.output<typeof ErrorResponse>;

/** Request bodies are strict: we send exactly the fields the spec defines, nothing else. */
export const CreateKeyShareHolder = z.strictObject({
  name: z.string().trim().min(1).max(100),
  type: z.enum(HOLDER_TYPES),
  tss_node_id: id,
  signer: z.boolean(),
});

export const CreateKeyShareHolderGroupRequest = z
  .strictObject({
    key_share_holder_group_type: z.enum(GROUP_TYPES),
    participants: z.number().int(),
    threshold: z.number().int(),
    key_share_holders: z.array(CreateKeyShareHolder),
  })
  .superRefine((body, ctx) => {
    if (
      !ALLOWED_GROUP_SHAPES.some(
        (s) => s.threshold === body.threshold && s.participants === body.participants,
      )
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['threshold'],
        message: `${body.threshold}-of-${body.participants} is not offered by Cobo; use 2-of-2, 2-of-3 or 3-of-3`,
        params: saidParams('boundary.cobo.notOffered', {
          threshold: String(body.threshold),
          participants: String(body.participants),
        }),
      });
    }
    // Cobo's node is in every new group and counts among the participants. For a Main or Signing Key
    // Cobo adds it, so only the organisation's holders are listed; a Recovery Key's request lists it
    // (spec: KeyShareHolderGroupType, CreateKeyShareHolder; Cobo's manual since October 2025).
    const listsCobo = body.key_share_holder_group_type === 'RecoveryGroup';
    const cobo = body.key_share_holders.filter((h) => h.type === 'Cobo').length;
    const listed = body.key_share_holders.length;
    if (listed !== body.participants - (listsCobo ? 0 : 1)) {
      ctx.addIssue({
        code: 'custom',
        path: ['key_share_holders'],
        message: `the group has ${body.participants} participants, Cobo's node and ${body.participants - 1} of the organisation's, but ${listed} were listed${listsCobo ? " (Cobo's included)" : ''}`,
        params: saidParams('boundary.cobo.holdersCount', {
          participants: String(body.participants),
          others: String(body.participants - 1),
          listed: String(listed),
          coboListed: listsCobo ? 'yes' : 'no',
        }),
      });
    }
    if (listsCobo ? cobo !== 1 : cobo > 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['key_share_holders'],
        message: listsCobo
          ? "a Recovery Key lists Cobo's key share holder once: recovery without Cobo's share is no longer offered"
          : 'Cobo adds its own key share holder; it is not listed',
        params: saidParams(listsCobo ? 'boundary.cobo.recoveryListsCobo' : 'boundary.cobo.coboAddsItself'),
      });
    }
    const nodes = new Set(body.key_share_holders.map((h) => h.tss_node_id));
    if (nodes.size !== body.key_share_holders.length) {
      ctx.addIssue({
        code: 'custom',
        path: ['key_share_holders'],
        message: 'a TSS node appears twice',
        params: saidParams('boundary.cobo.nodeTwice'),
      });
    }
  });
export type CreateKeyShareHolderGroupRequest = z.input<typeof CreateKeyShareHolderGroupRequest>;

export const UPDATE_GROUP_ACTIONS = ['UpgradeToMainGroup'] as const;
export const MAIN_GROUP_HANDLINGS = ['Invalidate', 'ConvertToSigningGroup'] as const;

/** update_key_share_holder_group_by_id_request: upgrade a Signing Key to Main; the old Main Key is invalidated unless converted. */
export const UpdateKeyShareHolderGroupRequest = z.strictObject({
  update_key_share_holder_group_action: z.enum(UPDATE_GROUP_ACTIONS),
  original_main_group_handling: z.enum(MAIN_GROUP_HANDLINGS).optional(),
});

/** delete_key_share_holder_group_by_id_201_response: Cobo accepted the deletion; the group goes later. */
export const DeleteKeyShareHolderGroupResponse = z.object({ submitted: z.boolean() });

/** create_mpc_vault_request: project_id is required for a User-Controlled vault and ignored otherwise (the app creates Org-Controlled vaults). */
export const CreateMpcVaultRequest = z
  .strictObject({
    name: z.string().trim().min(1).max(100),
    vault_type: z.enum(VAULT_TYPES),
    project_id: z.string().min(1).max(200).optional(),
  })
  .superRefine((body, ctx) => {
    if (body.vault_type === 'User-Controlled' && !body.project_id)
      ctx.addIssue({
        code: 'custom',
        path: ['project_id'],
        message: 'a User-Controlled vault needs its project',
        params: saidParams('boundary.cobo.projectNeeded', { vaultType: body.vault_type }),
      });
  });
export type CreateMpcVaultRequest = z.input<typeof CreateMpcVaultRequest>;

export const CreateTssRequestRequest = z
  .strictObject({
    type: z.enum(TSS_REQUEST_TYPES),
    target_key_share_holder_group_id: id,
    source_key_share_holder_group: z
      .strictObject({ key_share_holder_group_id: id, tss_node_ids: z.array(id).min(1).optional() })
      .optional(),
    description: z.string().max(1_000).optional(),
  })
  .superRefine((body, ctx) => {
    const source = body.source_key_share_holder_group;
    if (body.type === 'KeyGen' && source) {
      ctx.addIssue({
        code: 'custom',
        path: ['source_key_share_holder_group'],
        message: 'KeyGen creates new keys and takes no source group',
        params: saidParams('boundary.cobo.keyGenNoSource'),
      });
    }
    if (body.type !== 'KeyGen' && !source) {
      ctx.addIssue({
        code: 'custom',
        path: ['source_key_share_holder_group'],
        message: `${body.type} needs a source key share holder group`,
        params: saidParams('boundary.cobo.needsSource', { type: body.type }),
      });
    }
    if (source && source.key_share_holder_group_id === body.target_key_share_holder_group_id) {
      ctx.addIssue({
        code: 'custom',
        path: ['source_key_share_holder_group'],
        message: 'the source and target groups must differ',
        params: saidParams('boundary.cobo.sourceIsTarget'),
      });
    }
    if (source?.tss_node_ids && new Set(source.tss_node_ids).size !== source.tss_node_ids.length) {
      ctx.addIssue({
        code: 'custom',
        path: ['source_key_share_holder_group', 'tss_node_ids'],
        message: 'a TSS node appears twice',
        params: saidParams('boundary.cobo.nodeTwice'),
      });
    }
  });
export type CreateTssRequestRequest = z.input<typeof CreateTssRequestRequest>;

/**
 * Fields the spec requires that we accept absent, because one incomplete item must not reject a whole
 * answer (a KeyGen request can come with an empty source object); the ceremony checks what it uses.
 */
export const CLIENT_LENIENT: Readonly<Record<string, readonly string[]>> = {
  SourceGroup: ['key_share_holder_group_id'],
};

/** Fields the client requires although the spec leaves them optional: it cannot work without them. */
export const CLIENT_REQUIRED: Readonly<Record<string, readonly string[]>> = {
  // Items keep every field the spec leaves optional optional: one item missing an id or a status is
  // shown with what is missing (and cannot be chosen), instead of failing the whole answer.
  list_mpc_vaults_200_response: ['data', 'pagination'],
  list_key_share_holder_groups_200_response: ['data', 'pagination'],
  list_key_share_holders_200_response: ['data', 'pagination'],
  list_tss_requests_200_response: ['data', 'pagination'],
  // What we send: every field of a holder, always.
  CreateKeyShareHolder: ['name', 'type', 'tss_node_id', 'signer'],
};

/** Our schema for each spec schema name, for the drift test. */
export const SPEC_MIRRORS = {
  MPCVault,
  RootPubkey,
  KeyShareHolder,
  TSSGroups,
  KeyShareHolderGroup,
  SourceGroup,
  TSSRequest,
  Pagination,
  ErrorResponse,
  CreateKeyShareHolder,
  list_mpc_vaults_200_response: ListMpcVaultsResponse,
  list_key_share_holder_groups_200_response: ListKeyShareHolderGroupsResponse,
  list_key_share_holders_200_response: ListKeyShareHoldersResponse,
  list_tss_requests_200_response: ListTssRequestsResponse,
  create_key_share_holder_group_request: CreateKeyShareHolderGroupRequest,
  create_mpc_vault_request: CreateMpcVaultRequest,
  update_key_share_holder_group_by_id_request: UpdateKeyShareHolderGroupRequest,
  delete_key_share_holder_group_by_id_201_response: DeleteKeyShareHolderGroupResponse,
  create_tss_request_request: CreateTssRequestRequest,
} as const;
