// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  CLIENT_LENIENT,
  CLIENT_REQUIRED,
  CURVES,
  GROUP_STATUSES,
  GROUP_TYPES,
  HOLDER_STATUSES,
  HOLDER_TYPES,
  SPEC_MIRRORS,
  TSS_REQUEST_STATUSES,
  TSS_REQUEST_TYPES,
  VAULT_TYPES,
  CreateKeyShareHolderGroupRequest,
  CreateTssRequestRequest,
  TSSRequest,
  ListTssRequestsResponse,
  MPCVault,
  KeyShareHolder,
  KeyShareHolderGroup,
} from '../../../main/cobo/schemas';
import { loadSpec, resolve, type SpecSchema } from './spec';

type AnyObject = z.ZodObject<Record<string, z.ZodType>>;
const shapeOf = (schema: unknown) => (schema as AnyObject).shape;
const isRequired = (field: z.ZodType) => !field.safeParse(undefined).success;

describe('our schemas mirror the official spec', () => {
  const spec = loadSpec();

  it.each(Object.entries(SPEC_MIRRORS))('%s has exactly the spec’s fields and required set', (name, ours) => {
    const theirs = spec.components.schemas[name];
    expect(theirs, `spec has ${name}`).toBeDefined();
    const shape = shapeOf(ours);
    expect(Object.keys(shape).sort()).toEqual(Object.keys(theirs!.properties ?? {}).sort());
    const oursRequired = Object.entries(shape)
      .filter(([, field]) => isRequired(field))
      .map(([key]) => key)
      .sort();
    const lenient = new Set(CLIENT_LENIENT[name] ?? []);
    const expected = [...new Set([...(theirs!.required ?? []), ...(CLIENT_REQUIRED[name] ?? [])])]
      .filter((field) => !lenient.has(field))
      .sort();
    expect(oursRequired).toEqual(expected);
  });

  it.each([
    ['TSSRequestStatus', TSS_REQUEST_STATUSES],
    ['TSSRequestType', TSS_REQUEST_TYPES],
    ['KeyShareHolderGroupType', GROUP_TYPES],
    ['KeyShareHolderGroupStatus', GROUP_STATUSES],
    ['KeyShareHolderType', HOLDER_TYPES],
    ['KeyShareHolderStatus', HOLDER_STATUSES],
    ['MPCVaultType', VAULT_TYPES],
    ['CurveType', CURVES],
  ] as const)('enum %s has the spec’s values', (name, ours) => {
    expect([...ours].sort()).toEqual([...(spec.components.schemas[name]!.enum as string[])].sort());
  });

  it.each(Object.entries(SPEC_MIRRORS))(
    '%s accepts every enum value the spec lists for each field',
    (name, ours) => {
      const theirs = spec.components.schemas[name]!;
      const shape = shapeOf(ours);
      const isRequest = name.endsWith('_request') || name.startsWith('Create');
      for (const [field, prop] of Object.entries(theirs.properties ?? {})) {
        const target = resolve(prop as SpecSchema);
        if (!target.enum) continue;
        for (const value of target.enum)
          expect(shape[field]!.safeParse(value).success, `${name}.${field}=${value}`).toBe(true);
        // Responses keep a value Cobo may add later; requests only send what the spec defines.
        expect(shape[field]!.safeParse('SomethingNew').success, `${name}.${field} open enum`).toBe(
          !isRequest,
        );
      }
    },
  );

  it.each(Object.entries(SPEC_MIRRORS))('%s parses the spec’s own example', (name, ours) => {
    const example = spec.components.schemas[name]!.example;
    if (example === undefined) return;
    const result = (ours as z.ZodType).safeParse(example);
    expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
  });
});

describe('answers as the spec allows them', () => {
  const spec = loadSpec();
  const answers = Object.entries(SPEC_MIRRORS).filter(
    ([name]) => !name.endsWith('_request') && !name.startsWith('Create'),
  );
  /** The smallest value of a spec schema: its required fields only, each as small as it can be. */
  const minimal = (schema: SpecSchema, extra: readonly string[] = []): unknown => {
    const s = resolve(schema);
    if (s.enum) return s.enum[0];
    if (s.type === 'array') return [];
    if (s.type === 'integer' || s.type === 'number') return 0;
    if (s.type === 'boolean') return false;
    if (s.type === 'string') return 'x';
    // The spec's required fields, and the few the client cannot page without (CLIENT_REQUIRED).
    const fields = [...new Set([...(s.required ?? []), ...extra])];
    return Object.fromEntries(fields.map((f) => [f, minimal(s.properties![f] as SpecSchema)]));
  };

  it.each(answers)('%s accepts an object with only the fields the spec requires', (name, ours) => {
    const value = minimal(spec.components.schemas[name]!, CLIENT_REQUIRED[name]);
    const result = (ours as z.ZodType).safeParse(value);
    expect(result.success, `${JSON.stringify(value)}: ${JSON.stringify(result.error?.issues)}`).toBe(true);
  });

  it.each(answers)('%s accepts null for every field the spec leaves optional', (name, ours) => {
    const theirs = spec.components.schemas[name]!;
    const required = new Set([...(theirs.required ?? []), ...(CLIENT_REQUIRED[name] ?? [])]);
    const value = {
      ...(minimal(theirs, CLIENT_REQUIRED[name]) as object),
      ...Object.fromEntries(
        Object.keys(theirs.properties ?? {})
          .filter((f) => !required.has(f))
          .map((f) => [f, null]),
      ),
    };
    const result = (ours as z.ZodType).safeParse(value);
    expect(result.success, `${JSON.stringify(value)}: ${JSON.stringify(result.error?.issues)}`).toBe(true);
  });

  it('accepts a page whose cursors are null, as the end of the data', () => {
    const page = ListTssRequestsResponse.parse({
      data: [],
      pagination: { before: null, after: null, total_count: 0 },
    });
    expect(page.pagination).toEqual({ before: '', after: '', total_count: 0 });
  });
});

describe('the client’s own rules on top of the spec', () => {
  it('keeps an unknown status and type instead of failing', () => {
    const parsed = TSSRequest.parse({
      tss_request_id: 'r1',
      status: 'AwaitingQuantumApproval',
      type: 'KeyRotate',
      extra: 1,
    });
    expect(parsed.status).toBe('AwaitingQuantumApproval');
    expect(parsed).not.toHaveProperty('extra');
  });

  it('treats null optional fields as absent', () => {
    expect(
      TSSRequest.parse({ tss_request_id: 'r1', status: 'Success', description: null }).description,
    ).toBeUndefined();
  });

  it('accepts a TSS request without an id or status, and with an empty source (the ceremony judges what it needs)', () => {
    expect(TSSRequest.safeParse({ status: 'Success' }).success).toBe(true);
    expect(TSSRequest.safeParse({ tss_request_id: 'r1', source_key_share_holder_group: {} }).success).toBe(
      true,
    );
    expect(TSSRequest.safeParse({ tss_request_id: 5 }).success).toBe(false);
  });

  it('reads an empty id (the spec allows one) as a missing id on that item, never a refused answer', () => {
    const page = ListTssRequestsResponse.parse({
      data: [
        {
          tss_request_id: '',
          status: 'Success',
          source_key_share_holder_group: { key_share_holder_group_id: '', tss_node_ids: ['', 'n1'] },
        },
        { tss_request_id: 'r2', status: 'Success' },
      ],
      pagination: { before: '', after: '', total_count: 2 },
    });
    expect(page.data.map((r) => r.tss_request_id)).toEqual([undefined, 'r2']);
    expect(page.data[0]!.source_key_share_holder_group).toEqual({
      key_share_holder_group_id: undefined,
      tss_node_ids: ['n1'],
    });
    for (const [schema, field] of [
      [MPCVault, 'vault_id'],
      [KeyShareHolder, 'tss_node_id'],
      [KeyShareHolderGroup, 'key_share_holder_group_id'],
    ] as const)
      expect((schema.parse({ [field]: '' }) as Record<string, unknown>)[field]).toBeUndefined();
    // A request still needs a real id
    expect(
      CreateTssRequestRequest.safeParse({ type: 'KeyGen', target_key_share_holder_group_id: '' }).success,
    ).toBe(false);
  });

  it.each([
    [{ type: 'KeyGen', target_key_share_holder_group_id: 'g1' }, true],
    [
      {
        type: 'KeyGen',
        target_key_share_holder_group_id: 'g1',
        source_key_share_holder_group: { key_share_holder_group_id: 'g0' },
      },
      false,
    ],
    [{ type: 'KeyGenFromKeyGroup', target_key_share_holder_group_id: 'g1' }, false],
    [{ type: 'Recovery', target_key_share_holder_group_id: 'g1' }, false],
    [
      {
        type: 'KeyGenFromKeyGroup',
        target_key_share_holder_group_id: 'g1',
        source_key_share_holder_group: { key_share_holder_group_id: 'g0', tss_node_ids: ['a', 'b'] },
      },
      true,
    ],
    [
      {
        type: 'Recovery',
        target_key_share_holder_group_id: 'g1',
        source_key_share_holder_group: { key_share_holder_group_id: 'g1' },
      },
      false,
    ],
    [
      {
        type: 'Recovery',
        target_key_share_holder_group_id: 'g1',
        source_key_share_holder_group: { key_share_holder_group_id: 'g0', tss_node_ids: ['a', 'a'] },
      },
      false,
    ],
    [
      { type: 'KeyGen', target_key_share_holder_group_id: 'g1', description: 'Main group keys, ceremony 7' },
      true,
    ],
    [{ type: 'KeyGen', target_key_share_holder_group_id: 'g1', note: 'not in the spec' }, false],
  ])('validates the TSS request body %j → %s', (body, ok) => {
    expect(CreateTssRequestRequest.safeParse(body).success).toBe(ok);
  });

  const holder = (n: number) => ({ name: `H${n}`, type: 'Mobile', tss_node_id: `node${n}`, signer: n === 1 });
  // A Signing Key: Cobo adds its own node, so the organisation lists one holder fewer than participants.
  it.each([
    [2, 2, 1, true],
    [2, 3, 2, true],
    [3, 3, 2, true],
    [1, 2, 1, false],
    [2, 4, 3, false],
    [3, 2, 1, false],
    [2, 3, 1, false],
    [2, 3, 3, false],
  ])('allows threshold %i of %i with %i listed holders: %s', (threshold, participants, count, ok) => {
    const body = {
      key_share_holder_group_type: 'SigningGroup',
      threshold,
      participants,
      key_share_holders: Array.from({ length: count }, (_, i) => holder(i + 1)),
    };
    expect(CreateKeyShareHolderGroupRequest.safeParse(body).success).toBe(ok);
  });

  it('refuses a group with the same TSS node twice', () => {
    const body = {
      key_share_holder_group_type: 'MainGroup',
      threshold: 2,
      participants: 2,
      key_share_holders: [holder(1), holder(1)],
    };
    expect(CreateKeyShareHolderGroupRequest.safeParse(body).success).toBe(false);
  });
});
