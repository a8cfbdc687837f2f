/** Main's refusals and failures: what happened, and what to do next. */
export const errors = {
  // Joins a list of sentences said one by one (main/said-list.ts).
  'errors.join.semicolon': '{first}; {rest}',
  'errors.join.space': '{first} {rest}',
  'errors.join.list': '{first}, {rest}',
  'errors.join.none': '{first}{rest}',

  // The ceremony (main/ceremony/errors.ts).
  'errors.ceremony.notFound': 'That ceremony does not exist.',
  'errors.ceremony.notFoundHint': 'Choose it again from the list of ceremonies.',
  'errors.ceremony.locked': 'This ceremony has been submitted; its choices can no longer change.',
  'errors.ceremony.lockedHint': 'Follow it to the end, or start a new ceremony.',
  'errors.ceremony.noVault': 'No vault is chosen yet.',
  'errors.ceremony.noVaultHint': 'Choose the vault first.',
  'errors.ceremony.alreadySubmitted': 'This ceremony has already been submitted.',
  'errors.ceremony.alreadySubmittedHint': 'Follow its status; it is never sent twice.',
  'errors.ceremony.notReviewed': 'Review the request before sending it.',
  'errors.ceremony.notReviewedHint': 'Open the Review step.',
  'errors.ceremony.confirmationMismatch': 'In Production, type the vault’s name exactly to send the request.',
  'errors.ceremony.confirmationMismatchHint': 'Type “{name}” and try again. Nothing was sent.',
  'errors.ceremony.notReadyToSend': 'The request was not sent: {problem}',
  'errors.ceremony.notReadyToSendHint': 'Go back, correct the choice, and review again.',
  'errors.ceremony.notReadyForReview': 'Before review: {missing}.',
  'errors.ceremony.notReadyForReviewHint': 'Complete the earlier steps, then open the review again.',
  'errors.ceremony.missing.preflight': 'pass the pre-flight checks',
  'errors.ceremony.missing.checklist': 'tick every checklist item',
  'errors.ceremony.missing.witness': 'name at least one witness',
  'errors.ceremony.missing.checkIn': 'check in {names}',
  'errors.ceremony.reviewStale': 'What would be sent differs from what was reviewed.',
  'errors.ceremony.reviewStaleHint': 'Review the request again, then send it.',
  'errors.ceremony.notTheOtherWayBack':
    'A {kind} does not give way to a {instead}: only the two ways back after a lost phone (Recovery, upgrading a Signing Key to Main) replace each other.',
  'errors.ceremony.notTheOtherWayBackHint':
    'Nothing was changed. Abandon this ceremony on its own, then start the other one.',
  'errors.ceremony.nothingToCheck': 'There is no request of unknown outcome to look for.',
  'errors.ceremony.nothingToCheckHint': 'Nothing to do.',
  'errors.ceremony.notCancellable': 'This request can no longer be cancelled.',
  'errors.ceremony.notCancellableHint': 'Key generation has started or the request has ended.',
  'errors.ceremony.cancelUnderWay': 'A cancel of this request is already under way.',
  'errors.ceremony.cancelUnderWayHint': 'Wait for Cobo’s answer: the live status shows how the request ends.',
  'errors.ceremony.noNewKeys': 'There are no new keys to compare yet.',
  'errors.ceremony.noNewKeysHint': 'Wait for the request to succeed.',
  'errors.ceremony.noBackups': 'This ceremony made no new key shares, so there is no backup to confirm.',
  'errors.ceremony.noBackupsHint': 'Backups follow a KeyGen, KeyGenFromKeyGroup or Recovery that succeeded.',
  'errors.ceremony.notACustodian':
    'This TSS node is not one of the custodians checked in for this ceremony, so its backup cannot be confirmed here.',
  'errors.ceremony.notACustodianHint': 'Confirm the backups of the holders listed on the Close step.',
  'errors.ceremony.notFinished': 'The ceremony has not reached its end yet.',
  'errors.ceremony.notFinishedHint': 'Follow it to the end first.',
  'errors.ceremony.rootKeysChanged': 'The root keys changed: do not confirm them.',
  'errors.ceremony.rootKeysChangedHint': 'Stop and contact Cobo support.',
  'errors.ceremony.notVerified':
    'Record that the custodians compared the root keys with their devices first.',
  'errors.ceremony.notVerifiedHint': 'Open the Verify step.',
  'errors.ceremony.notAbandonable': 'A submitted ceremony is followed to its end, not abandoned.',
  'errors.ceremony.notAbandonableHint':
    'Cancel the request if it can still be cancelled. Only a ceremony that can no longer be followed (its API secret gone from the keychain, or its transcript key replaced) is abandoned with its request left pending.',
  'errors.ceremony.outcomeUnknown':
    'The request was sent, but no answer came back, and Cobo does not list it yet. It may still appear, or it may never have arrived.',
  'errors.ceremony.outcomeUnknownHint':
    'Do not start the same ceremony again yet. Choose “Check again” in a minute; if it still does not appear, check Cobo Portal, then abandon this ceremony and start a new one.',
  'errors.ceremony.keysUnread':
    'Cobo did what was asked, but the vault’s root keys could not be read to check them.',
  'errors.ceremony.keysUnreadHint':
    'Choose “Check again”: the app reads them and checks they are unchanged. Nothing is sent again.',
  'errors.ceremony.internal': 'Something went wrong inside the app.',
  'errors.ceremony.internalHint': 'Try again; if it persists, restart Key Ceremony.',
  'errors.ceremony.recordDamaged': 'This ceremony’s record is damaged, so the app will not change it.',
  'errors.ceremony.recordDamagedHint':
    'History shows what is wrong and where. Export it (it is marked as damaged) and start a new ceremony.',
  'errors.ceremony.noWitnesses': 'No witness was named, so nothing was saved.',
  'errors.ceremony.noWitnessesHint':
    'Type the name of each witness in the room, one per line, then save again: a ceremony needs at least one witness.',
  'errors.ceremony.over': 'This ceremony is over: nothing more can be recorded in it.',
  'errors.ceremony.overHint': 'Record it in a note for the auditors, or in a new ceremony.',
  'errors.ceremony.retirementRefused': 'Cobo did not accept the deletion; the group is unchanged.',
  'errors.ceremony.retirementRefusedHint': 'Check the group in Cobo Portal, then prepare the review again.',
  'errors.ceremony.drillSendsNothing': 'A recovery drill sends nothing to Cobo.',
  'errors.ceremony.drillSendsNothingHint':
    'Check the holders’ recovery files in the drill’s step, then conclude it.',
  'errors.ceremony.notADrill': 'This ceremony is not a recovery drill.',
  'errors.ceremony.notADrillHint': 'Open the drill and try again.',
  'errors.ceremony.drillNoKey':
    'Choose the key whose recovery files are drilled first, among those that hold key shares.',
  'errors.ceremony.drillNoKeyHint': 'Go back to the step that chooses the key.',
  'errors.ceremony.drillNoFiles': 'No recovery file has been checked yet: there is nothing to conclude.',
  'errors.ceremony.drillNoFilesHint':
    'Let each holder bring their file and type its password, then conclude.',

  // The witnesses and the run sheet (main/ceremony/script.ts).
  'errors.witness.unreadable': 'The witnesses’ keys could not be read: {reason}.',
  'errors.witness.unreadableHint':
    'Paste each witness’s line as “principal key-type key”, for example “alice@example.com ssh-ed25519 AAAA…” (their public key file with their name in front).',
  'errors.witness.twice': 'The witnesses’ keys name {principal} or their key twice.',
  'errors.witness.twiceHint': 'Give each witness one line with their own key.',
  'errors.witness.tooMany': 'More than 10 witnesses’ keys were given.',
  'errors.witness.tooManyHint': 'Name at most 10 witnesses’ keys.',
  'errors.witness.unfit':
    'A witness’s line names no principal, or its principal or key is too long ({principal}).',
  'errors.witness.noPrincipal': 'no principal',
  'errors.witness.unfitHint':
    'Give each witness a name or email of at most 200 characters, and a key of at most 2,000 characters (an Ed25519 or ECDSA key fits; a very large RSA key does not).',
  'errors.witness.planFixed': 'The witnesses’ keys are fixed: this ceremony has started.',
  'errors.witness.planFixedHint':
    'A witness whose key is not in the plan can still sign the printed report by hand; record it as an exception.',
  'errors.witness.notClosed':
    'Witnesses co-sign the journal head once the ceremony is closed, and it is not closed yet.',
  'errors.witness.notClosedHint':
    'Close the ceremony first, then have each witness sign the head the report prints.',
  'errors.witness.noPlan':
    'This ceremony’s plan names no witnesses’ keys, so no co-signature can be checked against them.',
  'errors.witness.noPlanHint':
    'The witnesses can sign the printed report by hand. Next time, add their keys at the check-in, before the ceremony starts.',
  'errors.witness.signatureRefused': 'The co-signature is refused: {reason}.',
  'errors.witness.signatureRefusedHint':
    'Have the witness sign the head {head} again with the key named in the plan, exactly as the report prints it, and paste the whole signature from BEGIN to END.',
  'errors.witness.alreadySigned': '{principal} has already co-signed this ceremony.',
  'errors.witness.alreadySignedHint': 'Each witness signs once; nothing was added.',
  'errors.script.unreadable':
    'The run sheet could not be recorded: its steps are not in the form the app prints.',
  'errors.script.unreadableHint':
    'Open the run sheet again from the ceremony; if it happens again, report it with the app’s log.',

  // The journal, the installation's transcript key, the records (main/journal/).
  'errors.journal.signerChanged':
    'This ceremony’s record is signed by an earlier transcript key of this installation, which has been replaced, so the ceremony cannot go on.',
  'errors.journal.signerChangedHint':
    'Abandon it: the abandonment is recorded under the new key, with the key change, and the record can still be read and exported. Start a new ceremony for what remains to be done.',
  'errors.installation.keyMissing':
    "This installation''s transcript key ({fingerprint}) is missing from the system keychain.",
  'errors.installation.keyMissingHint':
    'If the keychain is locked, unlock it and try again. If the key is lost, make a new one on the About screen: transcripts signed before still verify, and the new key is recorded as made after a loss.',
  'errors.installation.keyPresent': 'The transcript key {fingerprint} is in the keychain: it is not lost.',
  'errors.installation.keyPresentHint':
    'Keep using it. If you believe someone else has it, choose “believed compromised”: the present key then signs its successor’s introduction.',
  'errors.installation.keyAbsent':
    'The transcript key {fingerprint} is not in the keychain, so it cannot sign for a new key.',
  'errors.installation.keyAbsentHint':
    'Choose “lost”: the new key is recorded as made after a loss, and its fingerprint must be given to your auditors again.',
  'errors.installation.confirmMismatch':
    'The confirmation does not match, so the transcript key was not replaced.',
  'errors.installation.confirmMismatchHint':
    'Type “{confirmation}” (the last four characters of the current key’s fingerprint) to confirm.',
  'errors.installation.missingWithDamagedHistory':
    'The transcript key is missing from the keychain, and the key history beside the records cannot be read.',
  'errors.installation.missingWithDamagedHistoryHint':
    'Unlock the keychain if it is locked. Otherwise keep the data folder as it is and report it to your security team: a new key would hide what happened.',
  'errors.installation.historyDamaged':
    'The key history does not verify ({problem}), so no new key is made: it would hide what happened.',
  'errors.installation.historyDamagedHint':
    'Keep the data folder as it is and report it to your security team.',
  'errors.report.printInBrowser': 'The browser host cannot save the report as PDF by itself.',
  'errors.report.printInBrowserHint':
    'Open the report and use your browser’s Print → Save as PDF; it prints the same view.',

  // The holder phones of the offline sandbox (main/sandbox/holder-panel.ts).
  'errors.sandbox.notRunning': 'The offline sandbox is not running.',
  'errors.sandbox.notRunningHint': 'Restart Key Ceremony; the sandbox starts with it.',
  'errors.sandbox.refused': 'The sandbox refused: {reason}.',
  'errors.sandbox.refusedHint': 'Reload the holder list and try again.',
  'errors.sandbox.exportCancelled': 'The recovery file was not saved.',
  'errors.sandbox.exportCancelledHint': 'Export it again and choose where to save it.',
} as const;
