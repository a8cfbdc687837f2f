/** What the boundaries refuse: the IPC contract's and the bridge's schema problems, and Cobo's data without a name. */
export const boundary = {
  // A schema problem (common/describe-issues.ts): where, then what. The field's path is a code, kept as it is.
  'boundary.issue.at': '{where}: {problem}',
  'boundary.issue.whole': 'the input {problem}',
  // What, by zod's issue code, with its facts as values.
  'boundary.issue.invalidType':
    '{expected, select, string {must be text} number {must be a number} int {must be a whole number} boolean {must be true or false} array {must be a list} object {must be an object} null {must be null} other {must be of type {expected}}}',
  'boundary.issue.tooBig':
    '{origin, select, string {must be at most {maximum, plural, one {# character} other {# characters}}} array {must have at most {maximum, plural, one {# item} other {# items}}} other {must be at most {maximum}}}',
  'boundary.issue.tooBigExclusive': 'must be less than {maximum}',
  'boundary.issue.tooSmall':
    '{origin, select, string {{minimum, plural, =1 {must not be empty} other {must be at least # characters}}} array {{minimum, plural, =1 {must not be empty} other {must have at least # items}}} other {must be at least {minimum}}}',
  'boundary.issue.tooSmallExclusive': 'must be more than {minimum}',
  'boundary.issue.exactSize':
    '{origin, select, string {must be exactly {size, plural, one {# character} other {# characters}} long} array {must have exactly {size, plural, one {# item} other {# items}}} other {must be exactly {size}}}',
  'boundary.issue.invalidFormat':
    '{format, select, uuid {must be a UUID} guid {must be a UUID} regex {is not in the expected form} url {must be a web address} email {must be an email address} other {is not a valid {format}}}',
  'boundary.issue.notMultipleOf': 'must be a multiple of {divisor}',
  'boundary.issue.unrecognizedKeys':
    'has {count, plural, one {a field} other {fields}} this request does not take: {keys}',
  'boundary.issue.invalidValue': '{count, plural, one {must be {options}} other {must be one of {options}}}',
  'boundary.issue.invalidUnion': 'matches none of the forms this request takes',
  'boundary.issue.invalidKey': 'is not an accepted key ({problem})',
  'boundary.issue.invalidElement': 'holds a value that is not accepted ({problem})',
  'boundary.issue.notValid': 'is not valid',
  // Our own schemas' refinements (common/contract/model.ts label()), said by key through the issue's params.
  'boundary.issue.controlCharacters': 'must not contain control characters',
  'boundary.issue.invisibleCharacters':
    'must not contain invisible characters (text-direction controls or zero-width characters): type the name again',

  // The preload bridge's own refusals (preload/bridge.ts): the call never reached main, or its answer was off.
  'boundary.bridge.notSent': 'The request was not sent: {issue}.',
  'boundary.bridge.notSentHint': 'Correct the highlighted value and try again.',
  'boundary.bridge.unreachable': 'The app could not reach its main process.',
  'boundary.bridge.unreachableHint':
    'Restart Key Ceremony. If this persists, report it with the time it happened.',
  'boundary.bridge.unexpectedForm': 'The main process answered in an unexpected form.',
  'boundary.bridge.offContract': 'The main process answered with data that does not match the contract.',
  'boundary.bridge.restartAndReport': 'Restart Key Ceremony and report this to your administrator.',

  // Cobo's vaults and holders listed without a name or an id (main/ceremony/cobo-views.ts).
  'boundary.cobo.unnamedHolder': 'Unnamed holder',
  'boundary.cobo.unnamedVault': 'Unnamed vault',

  // The journal reader (common/ceremony/journal-words.ts): an environment's name, then its code as journalled.
  'boundary.journal.environment': '{name} ({code})',
} as const;
