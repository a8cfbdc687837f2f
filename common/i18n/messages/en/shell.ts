/** The shell: skip link, banners, navigation; About; the damaged-record advice. */
export const shell = {
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
} as const;
