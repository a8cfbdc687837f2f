/**
 * A schema problem in plain words: where and what, never the value itself (it may be a secret).
 *
 * `describeIssues` says it in zod's English, for main's logs and the sandbox (which speaks as Cobo does);
 * `describeIssuesSaid` says it as message keys (issue #32), so the page says it in its language. The
 * preload uses this file too and must not carry the catalogue: the keys are written out here as plain
 * `{ key, values }`, never through translate.ts.
 */
import type { z } from 'zod';
import type { Said, SaidValue } from './i18n/said';
import type { MessageKey } from './i18n/translate';

/** A sentence by its key (checked against the catalogue's type only: nothing of it is imported). */
const saying = (key: MessageKey, values?: Readonly<Record<string, SaidValue>>): Said =>
  values ? { key, values } : { key };

interface Issues {
  readonly issues: ReadonlyArray<{ readonly path: readonly PropertyKey[]; readonly message: string }>;
}

/** The first problem of a failed parse, e.g. "threshold: Too big"; `whole` names the thing when the path is empty. */
export function describeIssues(error: Issues, whole = 'input'): string {
  const first = error.issues[0];
  if (!first) return `${whole}: not valid`;
  const where = first.path.length ? first.path.map(String).join('.') : whole;
  return `${where}: ${first.message}`;
}

type Issue = z.core.$ZodIssue;

/** What a sentence calls the thing parsed when the problem is with it whole (an empty path). */
export type Whole = 'input' | 'answer' | 'file';
const WHOLE: Readonly<Record<Whole, MessageKey>> = {
  input: 'boundary.issue.whole',
  answer: 'boundary.issue.wholeAnswer',
  file: 'boundary.issue.wholeFile',
};

/**
 * The first problem of a failed parse as a sentence for the page: the field's path as it is (a code),
 * and the problem said by zod's issue code with its facts (the type expected, the bound, the format,
 * the fields not taken) as values. Never the value itself.
 */
export function describeIssuesSaid(
  error: { readonly issues: readonly Issue[] },
  whole: Whole = 'input',
): Said {
  const first = error.issues[0];
  const problem = first ? problemSaid(first) : NOT_VALID;
  return first?.path.length
    ? saying('boundary.issue.at', { where: first.path.map(String).join('.'), problem })
    : saying(WHOLE[whole], { problem });
}

/** The first problem alone ("must be text"), for a sentence that says where itself. */
export const firstProblemSaid = (error: { readonly issues: readonly Issue[] }): Said => nested(error.issues);

/**
 * A refinement's words by message key, for its `params` (see customSaid): the English stays the
 * refinement's own message, for the logs. Only the key's type is checked; nothing of the catalogue
 * is imported, so a schema the preload uses may name its words.
 */
export const saidParams = (
  said: MessageKey,
  values?: Readonly<Record<string, string>>,
): { said: MessageKey; values?: Readonly<Record<string, string>> } => (values ? { said, values } : { said });

const NOT_VALID: Said = saying('boundary.issue.notValid');

/** A bound as a number: zod gives a bigint for bigint schemas. */
const bound = (n: number | bigint): number => Number(n);

/** How many names a list says, and how long each may be: a file's field names are anyone's to choose. */
const LISTED = 5;
const NAME_LENGTH = 60;

/**
 * Names in a list ("a, b"; Chinese "a、b"): the shared list separator, by its key (see said-list.ts).
 * The first few only, each cut short, and how many more: a list as long as a hostile file likes would
 * not fit the boundary (nor the stack, said one level per name).
 */
function listOf(items: readonly string[]): SaidValue {
  const shown = items
    .slice(0, LISTED)
    .map((name) => (name.length > NAME_LENGTH ? `${name.slice(0, NAME_LENGTH)}…` : name));
  const list = joined(shown);
  return items.length > LISTED
    ? saying('boundary.issue.andMore', { list, count: items.length - LISTED })
    : list;
}

function joined(items: readonly string[]): SaidValue {
  const [first, ...rest] = items;
  if (first === undefined) return '';
  return rest.length ? saying('errors.join.list', { first, rest: joined(rest) }) : first;
}

/** Schema values (an enum's, a literal's) quoted as codes. */
const quoted = (values: readonly unknown[]): SaidValue => listOf(values.map((v) => `“${String(v)}”`));

/** One problem, by its code. An issue code zod adds later is said as "is not valid". */
function problemSaid(issue: Issue): Said {
  switch (issue.code) {
    case 'invalid_type':
      return saying('boundary.issue.invalidType', { expected: issue.expected });
    case 'too_big':
      if (issue.exact)
        return saying('boundary.issue.exactSize', { origin: issue.origin, size: bound(issue.maximum) });
      return issue.inclusive === false
        ? saying('boundary.issue.tooBigExclusive', { maximum: bound(issue.maximum) })
        : saying('boundary.issue.tooBig', { origin: issue.origin, maximum: bound(issue.maximum) });
    case 'too_small':
      if (issue.exact)
        return saying('boundary.issue.exactSize', { origin: issue.origin, size: bound(issue.minimum) });
      return issue.inclusive === false
        ? saying('boundary.issue.tooSmallExclusive', { minimum: bound(issue.minimum) })
        : saying('boundary.issue.tooSmall', { origin: issue.origin, minimum: bound(issue.minimum) });
    case 'invalid_format':
      return saying('boundary.issue.invalidFormat', { format: issue.format });
    case 'not_multiple_of':
      return saying('boundary.issue.notMultipleOf', { divisor: issue.divisor });
    case 'unrecognized_keys':
      return saying('boundary.issue.unrecognizedKeys', {
        count: issue.keys.length,
        keys: listOf(issue.keys),
      });
    case 'invalid_value':
      return saying('boundary.issue.invalidValue', {
        count: issue.values.length,
        options: quoted(issue.values),
      });
    case 'invalid_union':
      // A discriminated union names the values its discriminator takes.
      return 'options' in issue && issue.options?.length
        ? saying('boundary.issue.invalidValue', {
            count: issue.options.length,
            options: quoted(issue.options),
          })
        : saying('boundary.issue.invalidUnion');
    case 'invalid_key':
      return saying('boundary.issue.invalidKey', { problem: nested(issue.issues) });
    case 'invalid_element':
      return saying('boundary.issue.invalidElement', { problem: nested(issue.issues) });
    case 'custom':
      return customSaid(issue.params);
    default:
      return NOT_VALID;
  }
}

const nested = (issues: readonly Issue[]): Said => {
  const first = issues[0];
  return first ? problemSaid(first) : NOT_VALID;
};

/**
 * A refinement of ours names its words by key in its params (`params: { said: 'boundary.issue.…' }`,
 * see common/contract/model.ts label(), or saidParams with the values its words take); its English
 * message stays zod's, for the logs. A refinement without one is said as "is not valid": its English
 * text is never put inside another language's sentence.
 */
function customSaid(params: Readonly<Record<string, unknown>> | undefined): Said {
  const key = params?.said;
  if (typeof key !== 'string') return NOT_VALID;
  const values = textValues(params?.values);
  return values ? { key, values } : { key };
}

/** A refinement's values when they are texts by name (anything else is left out). */
function textValues(values: unknown): Readonly<Record<string, string>> | null {
  if (!values || typeof values !== 'object') return null;
  const entries = Object.entries(values).filter((e): e is [string, string] => typeof e[1] === 'string');
  return entries.length ? Object.fromEntries(entries) : null;
}
