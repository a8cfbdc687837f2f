/** The command line: verify-transcript's frame around the verdict. */
export const cli = {
  'cli.verify.usage':
    "usage: npm run verify-transcript -- '<transcript.json>' [--trust '<key fingerprint>']… [--trust-file '<file>'] [--expect-head '<journal head fingerprint>'] [--allowed-signers '<file>'] [--witness-sig '<file>']… [--require-witnesses '<n>'] [--lang en|zh-CN]",
  'cli.verify.exitCodes':
    'exit codes: 0 verified and signed by keys you trust; 1 damaged or not a transcript; 2 usage or read error; 3 verified but signed by a key you did not name; 4 intact but incomplete (no closing entry); 5 fewer witnesses attested than --require-witnesses asks',
  'cli.verify.trustFileLine': 'line {line} is not a key fingerprint (like 7K2M-Q9XD-4HTB-W3PA): "{text}"',
  'cli.verify.cannotRead': 'Cannot read {file}: {code}',
  'cli.verify.installationKey': 'Installation key fingerprint: {fingerprint}',
  'cli.verify.journalSigners': 'Journal entries signed by installation key: {keys}',
  'cli.verify.thenSeparator': ', then ',
  'cli.verify.andSeparator': ' and ',
  'cli.verify.trustedThroughHistory':
    'Key {key} is trusted through the key history: a key you trust signed its introduction.',
  'cli.verify.trustFile': 'The trust file {file}: {problem}',
  'cli.verify.tooLarge': 'NOT VERIFIED: the file is larger than {megabytes} MB, more than any transcript',
  'cli.verify.trusted': 'Signed by keys you trust.',
  'cli.verify.untrusted':
    "But {keys} {count, plural, one {is not a key} other {are not keys}} you said you trust, and no key you trust signed {count, plural, one {its} other {their}} introduction. Do not trust a key because this file names it: ask the installation's owner, by a channel you trust, for their fingerprint; only if it is the same, run again with {options}.",
  'cli.verify.noPlan':
    "This ceremony’s plan named no witnesses’ keys, so there is nothing to check co-signatures against: give the allowed signers with --allowed-signers '<file>'.",
  'cli.verify.allowedSignersFile': 'The allowed signers file: {problem}',
  'cli.verify.witnessKeys': 'Witnesses’ keys: {source}; the head they sign: {head}',
  'cli.verify.witnessKeysFromPlan':
    'the ceremony’s plan, as journalled (compare each with the key its witness gave you: {fingerprints})',
  'cli.verify.attestedBy': 'Attested by: {names}',
  'cli.verify.noWitness': 'no witness',
  'cli.verify.dissentBy': 'Dissent signed by: {names}',
  'cli.verify.notCounted': 'Not counted: {file}: {reason}',
  'cli.verify.tooFewWitnesses': 'Fewer witnesses attested ({attested}) than required ({required}).',
} as const;
