/**
 * The English catalogue: the source of every message key (issue #32). Keys name where a message is
 * shown; values are ICU MessageFormat. Screens not yet moved here still carry their English in JSX.
 */
export const en = {
  'shell.skipToContent': 'Skip to content',
  'shell.browserHostNote': 'Browser host · offline sandbox only',
  'shell.sessionEnded.title':
    'This tab’s session has ended: Key Ceremony was started again after this page was opened.',
  'shell.sessionEnded.hint':
    'Open the new link that “npm run start:browser” printed when it started; this tab cannot be used again. Nothing is lost: the ceremonies are kept and continue where they were.',
  'shell.connectionLost.title':
    'Key Ceremony’s main process is not answering: what this page shows may be out of date.',
  'shell.connectionLost.hint':
    'Nothing you do here reaches it now. Start the app again (npm run start:browser) and open the new link it prints; the ceremonies are kept and continue where they were.',
  'shell.loading': 'Loading…',
  'nav.label': 'Main',
  'nav.ceremonies': 'Ceremonies',
  'nav.profiles': 'Profiles',
  'nav.history': 'History',
  'nav.verify': 'Verify a transcript',
  'nav.holders': 'Holder phones',
  'nav.about': 'About',
  'about.title': 'About {name}',
  'about.version': 'Version',
  'about.commit': 'Commit',
  'about.runningAs': 'Running as',
  'about.desktopApp': 'Desktop app',
  'about.browserHost': 'Browser host (offline sandbox only)',
  'about.electronNotUsed': 'not used (browser host)',
  'about.chromiumIsBrowser': 'the browser you are using',
  'about.environments': 'Environments',
  'about.language.title': 'Language',
  'about.language.intro':
    'The language of the screens, kept for this installation. Screens not yet translated stay in English.',
  'about.language.label': 'Language of the screens',
  'about.language.system': 'As the system asks ({name})',
  'about.language.chosen': 'Chosen: {name}. The screens show it from now on.',
  'about.language.following': 'Following the system: {name}.',
  'record.damagedTranscriptAdvice':
    'What to do: rely on nothing in this transcript. Keep the file exactly as it is, ask the installation that ran the ceremony for a new export of its transcript and check that one, compare the journal head with the witnesses’ sheets, and report it to your security team with this file and the place named above.',
  'record.damagedRecordAdvice':
    'What to do: keep the data folder as it is (change nothing in it), export the transcript marked as damaged for your security team, compare its journal head with the witnesses’ sheets, and report it with the place named above. Do not repeat the ceremony on the strength of this record.',
  'verify.title': 'Verify a transcript',
  'verify.lead':
    'Checks a ceremony transcript’s signature, its hash chain and its header. Nothing leaves this computer.',
  'verify.ownKey': 'This installation’s transcript key fingerprint:',
  'verify.expectHead': 'Journal head written down at the ceremony (optional)',
  'verify.file': 'Transcript file (.json)',
  'verify.whereEntry': 'Where: journal entry {line}',
  'verify.whereKind': ' ({kind})',
  'verify.whereField': ', field {field}',
  'verify.whereHeader': 'Where: the header, field {field}',
  'verify.incomplete':
    'Nothing in it was changed, but it does not end with the ceremony’s closing entry: either the ceremony was still open when it was exported, or its last entries were cut. Ask for the transcript of the closed ceremony.',
  'verify.signedByThis': 'Signed by this installation’s own key.',
  'verify.signedByPrevious': 'Signed by a previous key of this installation (replaced since).',
  'verify.signedUnattested':
    'Signed by a key this installation recorded as its own, but no earlier key signed for it (it was made after a loss): it is genuine only if its fingerprint is the one given to your auditors.',
  'verify.signedUnknown':
    'Signed by a key this installation does not know ({fingerprint}). It is genuine only if that is the fingerprint its signer gave you, and only if every key that signed it is; the command line (npm run verify-transcript) names each.',
  'verify.witnesses':
    'Witnesses’ co-signatures of the closing head {head}, against the keys its plan fixed: {attested}{dissented}{refused}. The keys come from the record’s own plan: they prove the witnesses signed only if each is the key its witness gave you.',
  'verify.witnessesAttested': 'co-signed by {names}',
  'verify.witnessesNone': 'no witness co-signed',
  'verify.witnessesDissented': '; dissent signed by {names}',
  'verify.witnessesRefused': '; not counted: {file}: {reason}',
} as const;
