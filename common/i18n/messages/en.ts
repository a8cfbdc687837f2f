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
} as const;
