/**
 * The sentences main builds and sends to the page as data (issue #32): what Cobo left out of a vault,
 * group or holder; the recovery drill's verdict; the transcript verifier's verdict and the problems
 * it names; a damaged record's summary. Main keeps each in English for its logs and the command line.
 */
export const verdicts = {
  // Two lines of one verdict, the second possibly joined the same way.
  'verdicts.lines': '{first}\n{rest}',
  // What Cobo left out that a ceremony needs (the item cannot be chosen).
  'verdicts.cobo.holderNoNodeId':
    'Cobo lists no TSS node ID for this holder yet (its phone may not be activated).',
  'verdicts.cobo.vaultNoId': 'Cobo sent this vault without its ID.',
  'verdicts.cobo.groupNoId': 'Cobo sent this group without its ID.',
  'verdicts.cobo.groupNoType': 'Cobo did not say which kind of group this is.',
  'verdicts.cobo.groupNoStatus': 'Cobo did not report this group’s status.',
  // A key's recovery files, checked (the drill and the command line).
  'verdicts.kit.nothing': 'No file could be checked: nothing is proven.',
  'verdicts.kit.count': '{proven} of {participants} shares proven',
  'verdicts.kit.countOn': '{proven} of {participants} shares proven on {day}',
  // A day as the drill has always written it (en-GB, UTC): 3 Dec 2026.
  'verdicts.kit.day':
    '{d} {m, select, 1 {Jan} 2 {Feb} 3 {Mar} 4 {Apr} 5 {May} 6 {Jun} 7 {Jul} 8 {Aug} 9 {Sept} 10 {Oct} 11 {Nov} 12 {Dec} other {{m}}} {y}',
  'verdicts.kit.failed': '{count} (threshold {threshold})',
  'verdicts.kit.notProvenFile': 'Not proven: {file}: {message}',
  'verdicts.kit.notProven': 'Not proven: {problem}.',
  'verdicts.kit.notOnePolynomial':
    'the share public keys do not lie on one polynomial: some threshold of them gives another root key',
  'verdicts.kit.declaredNotGiven':
    'the root key the files declare is not the one their share public keys give',
  'verdicts.kit.notRecorded': 'the root key the share public keys give is not the vault’s recorded root key',
  'verdicts.kit.tooFew':
    '{count}: fewer than the threshold of {threshold}, so these files alone could not rebuild the key. Bring the other holders’ files.',
  'verdicts.kit.unanchored':
    '{count}; they rebuild the root key the files declare, but no recorded root key was given to compare it with.',
  'verdicts.kit.proven': '{count}; the root matches the vault’s recorded root key.',
  // Where a journal problem is, and what it is.
  'verdicts.entry.problem': '{place}{kind}{field}: {reason}',
  'verdicts.entry.record': 'the record',
  'verdicts.entry.line': 'entry {line}',
  'verdicts.entry.kind': ' ({kind})',
  'verdicts.entry.field': ', field {field}',
  'verdicts.entry.notAnEntry': 'not a valid journal entry',
  'verdicts.entry.notWritten':
    'the line is not written as the app writes entries (reformatted, or a duplicate key)',
  'verdicts.entry.seq':
    'sequence number {seq} where {expected} was expected (an entry was deleted, inserted or moved)',
  'verdicts.entry.prev': 'does not chain to the entry before it (this entry or the one before was edited)',
  'verdicts.entry.firstSigner': 'the first entry does not name a valid key that signs the journal',
  'verdicts.entry.newSigner': 'the key replacement does not name a valid new key',
  'verdicts.entry.sig':
    'the signature does not match: the entry was changed after it was written, or written without the installation key',
  // A damaged record, as History shows it.
  'verdicts.record.whole': 'The ceremony’s record: {reason}',
  'verdicts.record.journal': 'Journal {where}',
  'verdicts.record.damaged':
    '{what}. The files were changed outside the app; keep them as they are, export the record (it is marked as damaged) and report it to your security team.',
  // The transcript verifier's verdict.
  'verdicts.transcript.notVerified': 'NOT VERIFIED: {problem}',
  'verdicts.transcript.incomplete': 'INCOMPLETE: {problem}',
  'verdicts.transcript.tooLarge': 'the file is larger than {megabytes} MB, more than any transcript',
  'verdicts.transcript.protoMember': 'the file has a "{member}" member, which no transcript has',
  'verdicts.transcript.notJson': 'the file is not {format}',
  'verdicts.transcript.noHeader':
    'this file is not a Key Ceremony transcript (it has no transcript header): choose the .transcript.json file saved with “Export signed transcript” in History',
  'verdicts.transcript.otherFormat':
    'this transcript is in the format {format}, which this version of Key Ceremony does not read; verify it with the version that wrote it, or export it again',
  'verdicts.transcript.notTranscript': 'the file is not a Key Ceremony transcript ({issues})',
  'verdicts.transcript.notExact':
    'the file is not exactly as Key Ceremony wrote it (a duplicate key, or content reformatted or edited; even a change of line endings counts)',
  'verdicts.transcript.journalAt': 'journal {where}',
  'verdicts.transcript.noEntries': 'the journal has no entries',
  'verdicts.transcript.manyRequests': 'the journal records more than one TSS request',
  'verdicts.transcript.headerDiffers': "the header''s {name} is {header}, but {where} records {journal}",
  'verdicts.transcript.headerWhereEntry': 'journal entry {line} ({kind})',
  'verdicts.transcript.headerWhereJournal': 'the journal',
  'verdicts.transcript.fingerprintMismatch':
    'the installation key fingerprint in the header does not match its public key',
  'verdicts.transcript.signatureMismatch':
    'the signature does not match: the transcript was changed after it was signed, or signed by another key',
  'verdicts.transcript.exportedDamaged': 'the app exported this record as damaged: {damage}',
  'verdicts.transcript.rewritten':
    "the journal''s head is {head}, and no entry of it ever had the head {expected} written down at the ceremony: the record was rewritten",
  'verdicts.transcript.signedBy': 'signed by installation key {fingerprint}',
  'verdicts.transcript.entriesSignedBy':
    'entries signed by installation key {keys}, transcript by {fingerprint}',
  'verdicts.transcript.then': '{first}, then {next}',
  'verdicts.transcript.notClosed':
    "the journal''s {entries} entries are intact and {signers}, but it has no closing entry: the ceremony was still open when this was exported, or entries were cut from its end",
  'verdicts.transcript.verified':
    "VERIFIED: {kind} in {environment} on vault {vault}, outcome {outcome}; {entries} journal entries, each signed and chained, closed, {closed}{written}; {signers}. Compare the fingerprint with the one the installation''s owner gave you.",
  'verdicts.transcript.open': 'open',
  'verdicts.transcript.head': 'head {head}',
  'verdicts.transcript.headAtClose':
    'head at the close {closing}, then {count, plural, one {# witness co-signature} other {# witness co-signatures}} (head now {head})',
  'verdicts.transcript.headIsLast': '; the head written down at the ceremony is its last',
  'verdicts.transcript.headBehind':
    "; the head written down at the ceremony is the journal''s head after entry {entry}, and {after, plural, one {# entry came} other {# entries came}} after it ({kinds})",
  // The witnesses' co-signatures a journal carries.
  'verdicts.witness.at': 'journal entry {line} ({kind}): {problem}',
  'verdicts.witness.planUnreadable': 'the plan’s witnesses’ keys cannot be read: {reason}',
  'verdicts.witness.beforeClose': 'a co-signature is journalled before the ceremony’s closing entry',
  'verdicts.witness.noPlan': 'a co-signature is journalled, but the plan fixed no witnesses’ keys',
  'verdicts.witness.notForm': 'the co-signature entry is not in the form the app writes',
  'verdicts.witness.otherHead': 'it names the head {head}, not the closing head {closing}',
  'verdicts.witness.notVerified': 'its signature does not verify against the plan’s keys: {reason}',
  'verdicts.witness.otherWitness': 'it names another witness, or another stance, than its signature',
  'verdicts.witness.twice': '{principal} co-signed twice',
} as const;
