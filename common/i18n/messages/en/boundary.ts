/** What the boundaries refuse: the IPC contract's and the bridge's schema problems, and Cobo's data without a name. */
export const boundary = {
  // A schema problem (common/describe-issues.ts): where, then what. The field's path is a code, kept as it is.
  'boundary.issue.at': '{where}: {problem}',
  'boundary.issue.whole': 'the input {problem}',
  'boundary.issue.wholeAnswer': 'the answer {problem}',
  'boundary.issue.wholeFile': 'the file {problem}',
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
    'has {count, plural, one {a field} other {fields}} not expected here: {keys}',
  'boundary.issue.invalidValue': '{count, plural, one {must be {options}} other {must be one of {options}}}',
  'boundary.issue.invalidUnion': 'matches none of the forms expected here',
  'boundary.issue.invalidKey': 'is not an accepted key ({problem})',
  'boundary.issue.invalidElement': 'holds a value that is not accepted ({problem})',
  'boundary.issue.notValid': 'is not valid',
  'boundary.issue.andMore': '{list} and {count} more',
  // Our own schemas' refinements (common/contract/model.ts label()), said by key through the issue's params.
  'boundary.issue.controlCharacters': 'must not contain control characters',
  'boundary.issue.invisibleCharacters':
    'must not contain invisible characters (text-direction controls or zero-width characters): type the name again',

  // A recovery file's fields (common/recovery-kit/group-schema.ts): our own words, said after the field's path.
  'boundary.recoveryFile.theGroup': 'the group',
  'boundary.recoveryFile.hex': 'must be hex starting with 0x',
  'boundary.recoveryFile.hexEven': 'must have an even number of hex digits',
  'boundary.recoveryFile.shareId': 'must be a whole number in decimal digits',
  'boundary.recoveryFile.empty': 'is empty',
  'boundary.recoveryFile.kdfLength': 'must be 16, 24 or 32 bytes',
  'boundary.recoveryFile.iterations': 'is over 10,000,000: refused as unreasonable',
  'boundary.recoveryFile.groupType': 'must be 1 (ECDSA-TSS) or 2 (EdDSA-TSS)',
  'boundary.recoveryFile.curve': 'must be secp256k1 or ed25519',
  'boundary.recoveryFile.base64': 'must be standard base64',
  'boundary.recoveryFile.base64Padded': 'must be standard base64, padded',
  'boundary.recoveryFile.tooShort': 'is too short to hold a nonce, a share and a tag',
  'boundary.recoveryFile.versionNewer': 'is newer than this app knows (1 to 3)',

  // A request body the app refuses to send (main/cobo/schemas.ts): the words main has always logged,
  // straight apostrophes ('' in ICU) included.
  'boundary.cobo.body.groupUpgrade': 'group upgrade',
  'boundary.cobo.body.newVault': 'new vault',
  'boundary.cobo.body.newGroup': 'new key share holder group',
  'boundary.cobo.body.tssRequest': 'TSS request',
  'boundary.cobo.notOffered':
    '{threshold}-of-{participants} is not offered by Cobo; use 2-of-2, 2-of-3 or 3-of-3',
  'boundary.cobo.holdersCount':
    "the group has {participants} participants, Cobo''s node and {others} of the organisation''s, but {listed} were listed{coboListed, select, yes { (Cobo''s included)} other {}}",
  'boundary.cobo.recoveryListsCobo':
    "a Recovery Key lists Cobo''s key share holder once: recovery without Cobo''s share is no longer offered",
  'boundary.cobo.coboAddsItself': 'Cobo adds its own key share holder; it is not listed',
  'boundary.cobo.nodeTwice': 'a TSS node appears twice',
  'boundary.cobo.projectNeeded': 'a {vaultType} vault needs its project',
  'boundary.cobo.keyGenNoSource': 'KeyGen creates new keys and takes no source group',
  'boundary.cobo.needsSource': '{type} needs a source key share holder group',
  'boundary.cobo.sourceIsTarget': 'the source and target groups must differ',

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
