/** The command line beyond verify-transcript: verify-all and verify-recovery-kit. */
export const cliMore = {
  // Either command: a --lang it does not speak (said in English, the language being unknown).
  'cliMore.unknownLanguage': 'Unknown language {lang}: --lang takes en|zh-CN.',

  // verify-all (main/ceremony/verify-all.ts): the data folder's desktop paths are values.
  'cliMore.all.usage':
    "usage: npm run verify-all -- --data-dir '<folder>' [--lang en|zh-CN]\n  The folder is the app''s data folder: the one given to the browser host with --data-dir, or the\n  desktop app''s (Linux: {linux}, macOS: {mac},\n  Windows: {windows}).",
  'cliMore.all.noCeremonies': "No {folder} folder in {dataDir}: is it the app''s data folder?",
  'cliMore.all.damaged': 'DAMAGED  {id}  {kind}{started}',
  'cliMore.all.unknownKind': 'unknown kind',
  'cliMore.all.started': ', started {at}',
  'cliMore.all.someDamaged':
    '{damaged} of {total} ceremony records are damaged: keep the files as they are, and compare them with the transcripts exported before.',
  'cliMore.all.allVerified': 'All {total} ceremony records verified in full (every signature checked).',
  'cliMore.all.none': 'No ceremony records in {dataDir}.',
  'cliMore.all.failed': 'verify-all failed: {problem}',

  // verify-recovery-kit (main/recovery-kit/verify-command.ts).
  'cliMore.kit.usage':
    "usage: npm run verify-recovery-kit -- [--expect-root '<xpub or cpub>'] [--group-id '<id>'] [--passwords '<file>'] [--json] [--lang en|zh-CN] '<recovery file>'…",
  'cliMore.kit.exitCodes':
    'exit codes: 0 proven against the expected root; 1 a check failed (the file and the check are named); 2 usage or read error; 3 proven, but no --expect-root to compare with; 4 fewer files than the threshold',
  'cliMore.kit.noFile': 'Name at least one recovery file.',
  // English prints the system's own words as {problem}; another language prints readProblem there.
  'cliMore.kit.cannotRead': 'Could not read a file: {problem}',
  'cliMore.kit.readProblem': '{file}: {code}',
  // English prints Node's own words about a wrong option; another language prints these.
  'cliMore.kit.unknownOption': 'Unknown option {option}.',
  'cliMore.kit.optionValue': 'The option {option} is missing its value, or takes none.',
  'cliMore.kit.fewerPasswords':
    'The passwords file has fewer lines than there are recovery files ({count}): one line per file, in order.',
  'cliMore.kit.passwordFor': 'Password for {file}: ',
  'cliMore.kit.noTerminal': "no terminal to ask for the password: use --passwords '<file>'",
  'cliMore.kit.proven': 'PROVEN',
  'cliMore.kit.notProven': 'NOT PROVEN',
  'cliMore.kit.tooFew': 'TOO FEW FILES',
  'cliMore.kit.unanchored': 'PROVEN, NOT ANCHORED',
  'cliMore.kit.key': ' — group {groupId}, {curve}, {threshold}-of-{participants}',
  'cliMore.kit.fileFailed': '  ✗ {file} (sha256 {sha256}): {check} check failed. {message}',
  'cliMore.kit.filePassed': '  ✓ {file} (sha256 {sha256}): node {nodeId}, share {shareId}; {passed} passed',
} as const;
