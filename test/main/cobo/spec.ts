/** Loads the official Cobo OpenAPI spec (YAML 1.2: a YAML 1.1 loader trips on a bare "=" in it). */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

/** Kept in the repository (test/reference/, with its source and licence), so a bare clone tests. */
export const SPEC_PATH = path.resolve(__dirname, '../../reference/cobo-waas2-openapi.yaml');

export interface SpecSchema {
  type?: string;
  enum?: unknown[];
  properties?: Record<string, SpecSchema & { $ref?: string }>;
  items?: SpecSchema & { $ref?: string };
  required?: string[];
  example?: unknown;
  $ref?: string;
}

let cached: { components: { schemas: Record<string, SpecSchema> }; paths: Record<string, unknown> } | null =
  null;

export function loadSpec() {
  cached ??= parse(readFileSync(SPEC_PATH, 'utf8')) as typeof cached;
  return cached!;
}

export function schemaByRef(ref: string): SpecSchema {
  const name = ref.replace('#/components/schemas/', '');
  const schema = loadSpec().components.schemas[name];
  if (!schema) throw new Error(`no schema ${ref}`);
  return schema;
}

/** Follows $ref chains. */
export const resolve = (s: SpecSchema): SpecSchema => (s.$ref ? resolve(schemaByRef(s.$ref)) : s);

export interface SpecOperation {
  readonly method: string;
  readonly path: string;
  readonly operationId: string;
  /** The success answer's schema, as the spec writes it ($ref or inline). */
  readonly answer: (SpecSchema & { $ref?: string }) | null;
}

/** Every operation of one tag of the spec (e.g. "Wallets - MPC Wallets"). */
export function operationsOf(tag: string): SpecOperation[] {
  const paths = loadSpec().paths as Record<string, Record<string, Record<string, unknown>>>;
  return Object.entries(paths).flatMap(([p, ops]) =>
    Object.entries(ops)
      .filter(([, op]) => (op.tags as string[] | undefined)?.includes(tag))
      .map(([method, op]) => {
        const responses = op.responses as Record<
          string,
          { content?: Record<string, { schema?: SpecSchema }> }
        >;
        const ok = responses['200'] ?? responses['201'];
        return {
          method: method.toUpperCase(),
          path: p,
          operationId: op.operationId as string,
          answer: ok?.content?.['application/json']?.schema ?? null,
        };
      }),
  );
}

/** The operation a request went to, by its method and concrete path (below /v2). */
export function operationFor(
  ops: readonly SpecOperation[],
  method: string,
  path: string,
): SpecOperation | undefined {
  return ops.find(
    (op) => op.method === method && new RegExp(`^${op.path.replace(/\{[^}]+\}/g, '[^/]+')}$`).test(path),
  );
}
