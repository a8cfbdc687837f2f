/** A damaged or refused record's reasons: record-load, record-index, record-check, the journal's checkpoint, the drill's failure. */
export const records = {
  'records.load.journalEmpty': 'the journal is missing or empty',
  'records.load.unknownKey': 'the journal is signed by key {key}, which is not a key of this installation',
  'records.load.replacedKey': 'the journal changes to key {key}, which this installation replaced before',
  'records.load.noState': 'the ceremony’s state file is missing or unreadable',
  'records.load.unreadable': 'unreadable',
  'records.load.strangeName':
    'a file in the ceremonies folder has a name no ceremony has ({length} characters, starting “{start}”)',
  'records.load.readFailed': 'the record could not be read ({reason})',
  'records.checkpoint.shorter':
    'the journal ends after {entries} entries but {recorded} had been recorded (entries were removed from its end)',
  'records.checkpoint.otherEntry': 'this entry is not the one recorded when the ceremony was last saved',
  'records.written.extra': 'entries follow that the app did not write',
  'records.written.shorter':
    'the journal ends after {entries} entries but {written} had been written (entries were removed from its end)',
  'records.written.otherEntry': 'this entry is not the one the app wrote',
  'records.index.keychainUnreadable':
    'the keychain could not be read to check the installation’s index of its ceremonies; it is checked again at the next start',
  'records.index.removed':
    'the installation’s signed index of its ceremonies was removed (the keychain remembers version {version})',
  'records.index.altered':
    'the installation’s index of its ceremonies was altered: it is not signed by a key of this installation',
  'records.index.older':
    'the installation’s index of its ceremonies was replaced by an older one (version {found}; the keychain remembers version {version}): ceremonies may have been rolled back or removed',
  'records.index.stopsAt':
    'the journal stops at entry {entries}, but this installation’s signed index recorded {recorded} entries: it was rolled back',
  'records.index.rewritten':
    'entry {entry} is not the one this installation’s signed index recorded: the journal was rewritten from there',
  'records.index.deleted':
    'the ceremony’s files were deleted; this installation’s signed index recorded its journal with {entries} entries',
  'records.state.endsBeforeClosing':
    'the state file says the ceremony is closed, but the journal ends before its closing entry (entries were removed from its end)',
  'records.state.stillOpen': 'the journal is closed, but the state file says the ceremony is still open',
  'records.state.fact': 'the state file says {name} is {state}, but the journal records {journal}',
  'records.state.drill':
    'the state file says the recovery files checked are {state}, but the journal records {journal}',
  'records.state.backups':
    'the state file says the confirmed backups are {state}, but the journal records {journal}',
  'records.state.choicesUnreadable':
    'the journal’s last choice entry cannot be read as the choices of a ceremony',
  'records.state.choice':
    'the state file says the choice {name} is {state}, but the journal records {journal}',
  'records.state.witnessKeys':
    'the state file’s witnesses’ keys differ from the ones the journal fixed in the plan',
  'records.state.list': 'the state file says the {field} are {state}, but the journal records {journal}',
  'records.state.nothing': 'nothing',
  // The installation's key history (main/journal/key-history.ts, key-history-store.ts): why it does not verify.
  'records.keyHistory.unreadable': 'the key history is not a key history this app wrote (unreadable)',
  'records.keyHistory.empty': 'the key history is empty',
  'records.keyHistory.numbered':
    'statement {statement} is numbered {seq} (a statement was removed, added or moved)',
  'records.keyHistory.unchained':
    'statement {statement} does not chain to the statement before it (one of them was changed)',
  'records.keyHistory.replacesOther':
    'statement {statement} says it replaces a key other than the one before it',
  'records.keyHistory.reasonOutOfPlace': 'statement {statement} gives the reason "{reason}" out of place',
  'records.keyHistory.earlierKeys': 'statement {statement} lists earlier keys, which only the first may',
  'records.keyHistory.notSigned': 'statement {statement} is not signed by the key it introduces',
  'records.keyHistory.replacedSignature':
    'statement {statement} carries a signature of the key it replaces that does not verify',
  'records.keyHistory.lostYetSigned':
    'statement {statement} says the key before it was lost, yet that key signed it',
  // The straight apostrophe ('' in ICU) is the one main has always logged.
  'records.keyHistory.compromisedUnsigned':
    "statement {statement} replaces a key believed compromised without that key''s signature",
  'records.keyHistory.otherKey':
    'the key history ends with key {last}, but the keychain holds key {anchor} (the history file was replaced or rolled back)',
  'records.keyHistory.removed': 'the key history was removed (the keychain remembers its last statement)',
  'records.keyHistory.notLast':
    'the key history is not the one this installation wrote last (the keychain remembers another last statement): it was replaced or rolled back',
  'records.failure.cancelled': 'The request was cancelled; nothing was created.',
  'records.failure.rootKeysChanged':
    'The vault’s root public keys changed during this ceremony. Stop: do not use this vault until Cobo support has explained why.',
  'records.failure.drillCurve': '{curve}: {summary}',
} as const;
