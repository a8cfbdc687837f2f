/**
 * Validates JSON against the official spec's schemas with ajv (OpenAPI 3.0 schemas are JSON Schema
 * with a few extra keywords, which ajv is told to ignore).
 */
import Ajv from 'ajv';
import { loadSpec } from './spec';

let ajv: Ajv | null = null;

function instance(): Ajv {
  if (!ajv) {
    ajv = new Ajv({ strict: false, validateFormats: false, allErrors: false });
    ajv.addSchema({ $id: 'cobo.json', components: loadSpec().components });
  }
  return ajv;
}

/** Returns null when `value` matches the spec schema `name`, else the first problem. */
export function specProblem(name: string, value: unknown): string | null {
  const validate = instance().getSchema(`cobo.json#/components/schemas/${name}`);
  if (!validate) throw new Error(`no spec schema ${name}`);
  if (validate(value)) return null;
  const e = validate.errors?.[0];
  return `${e?.instancePath || '(root)'} ${e?.message ?? 'invalid'}`;
}

/** Every response object the spec describes for the sandbox's endpoints, by schema name. */
export function expectSpec(name: string, value: unknown): void {
  const problem = specProblem(name, value);
  if (problem)
    throw new Error(
      `${name} does not match the official spec: ${problem}\n${JSON.stringify(value).slice(0, 500)}`,
    );
}
