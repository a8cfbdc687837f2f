/** More shared words (when words.ts is full). */
export const wordsMore = {
  'wordsMore.listSeparator': ', ',
  'wordsMore.standing.separator': '; ',
  'wordsMore.standing.signingHeld': '{count, plural, one {# Signing Key} other {# Signing Keys}}',
  'wordsMore.standing.recoveryHeld': '{count, plural, one {a Recovery Key} other {# Recovery Keys}}',
  'wordsMore.standing.noSigning': 'no Signing Keys',
  'wordsMore.standing.noRecovery': 'no Recovery Key',
  'wordsMore.standing.signingSet':
    '{count, plural, one {a Signing Key} other {# Signing Keys}} set up, waiting for key shares',
  'wordsMore.standing.recoverySet':
    '{count, plural, one {a Recovery Key} other {# Recovery Keys}} set up, waiting for key shares',
  'wordsMore.standing.moreSet':
    '{held}, and {count, plural, one {one} other {#}} more set up, waiting for key shares',
  'wordsMore.standing.rootKeys': 'root keys made',
  'wordsMore.standing.noRootKeys': 'no root keys yet',
  'wordsMore.standing.main': 'Main Key {status} ({threshold}-of-{participants})',
  'wordsMore.standing.noMain': 'no Main Key',
  'wordsMore.standing.lostPhone': 'lost phone: {names}',
  'wordsMore.standing.backupsOutstanding': 'backups not confirmed: {names}',
  'wordsMore.standing.backupsOutdated': 'backups outdated (made for an earlier key): {names}',
  'wordsMore.standing.drillProven': '{key}’s recovery files proven {date}',
  'wordsMore.standing.drillOutdated':
    'recovery files outdated (proven for a key since replaced; destroy them, they still rebuild the root key): {names}',
  'wordsMore.next.recovery': 'Start the way back: Recovery',
  'wordsMore.next.recoveryWhy':
    'The Main Key is {status}: the Recovery’s first step says whether a Recovery or a Signing Key upgrade brings it back.',
  'wordsMore.next.recoveryWhyLost':
    'The Main Key is {status} after {names}’s lost phone: the Recovery’s first step says whether a Recovery or a Signing Key upgrade brings it back.',
  'wordsMore.next.keyGen': 'Create the root keys: KeyGen',
  'wordsMore.next.keyGenWhy': 'The Main Key is set up and waits for its key shares.',
  'wordsMore.next.main': 'Set up the Main Key',
  'wordsMore.next.mainWhy': 'KeyGen needs a Main Key first.',
  'wordsMore.next.shares': 'Give the new {key} its key shares',
  'wordsMore.next.sharesWhy': 'A {key} is set up (status {status}) and holds no key shares yet.',
  'wordsMore.next.recoveryKey': 'Set up a Recovery Key',
  'wordsMore.next.recoveryKeyWhyUpgrade':
    'Without one, a lost Main Key phone without a backup can only be answered by upgrading a Signing Key to Main.',
  'wordsMore.next.recoveryKeyWhyNothing':
    'Without one, and with no active Signing Key, a lost Main Key phone without a backup would have no way back.',
  'wordsMore.past.deleted': 'deleted by “Delete a key”',
  'wordsMore.drill.replacedByRecovery': 'replaced as the Main Key by a Recovery',
  'wordsMore.drill.replacedByUpgrade': 'replaced as the Main Key by “Upgrade a Signing Key”',
  'wordsMore.inventory.signer.cobo': 'Cobo’s node',
  'wordsMore.inventory.signer.mobile': 'Cobo Guard or Portal Mobile',
  'wordsMore.inventory.signer.api': 'Server Signer',
  'wordsMore.inventory.holder': '{name} ({kind})',
  'wordsMore.inventory.holderSigner': '{name} ({kind}, signer)',
  'wordsMore.inventory.shape': '{threshold}-of-{participants}',
  'wordsMore.inventory.noShares': '{status}, no key shares yet',
  'wordsMore.past.upgradedConvertedId':
    'upgraded from Signing Key to Main Key by “Upgrade a Signing Key”; the Main Key before it ({id}) was converted to a Signing Key',
  'wordsMore.past.upgradedInvalidatedId':
    'upgraded from Signing Key to Main Key by “Upgrade a Signing Key”; the Main Key before it ({id}) was invalidated',
  'wordsMore.past.upgradedConverted':
    'upgraded from Signing Key to Main Key by “Upgrade a Signing Key”; the Main Key before it was converted to a Signing Key',
  'wordsMore.past.upgradedInvalidated':
    'upgraded from Signing Key to Main Key by “Upgrade a Signing Key”; the Main Key before it was invalidated',
  'wordsMore.past.recoveredId':
    'became the Main Key by a Recovery, replacing the Main Key {id}, which held the lost phone',
  'wordsMore.past.recovered': 'became the Main Key by a Recovery, replacing the one that held the lost phone',
  'wordsMore.acted.keyGen.done': 'Main Key that received key shares',
  'wordsMore.acted.keyGen.chosen': 'Main Key chosen for KeyGen',
  'wordsMore.acted.keyGenFromKeyGroup.done': 'Key that received key shares',
  'wordsMore.acted.keyGenFromKeyGroup.chosen': 'Key chosen to receive key shares',
  'wordsMore.acted.recovery.done': 'New Main Key that received key shares',
  'wordsMore.acted.recovery.chosen': 'New Main Key chosen for the Recovery',
  'wordsMore.acted.groupUpgrade.done': 'Signing Key upgraded to the Main Key',
  'wordsMore.acted.groupUpgrade.chosen': 'Signing Key chosen to become the Main Key',
  'wordsMore.acted.groupRetirement.done': 'Key deleted',
  'wordsMore.acted.groupRetirement.chosen': 'Key chosen for deletion',
  'wordsMore.acted.recoveryDrill.done': 'Key whose recovery files were proven',
  'wordsMore.acted.recoveryDrill.chosen': 'Key chosen for the recovery drill',
  'wordsMore.acted.oldMain.invalidated': 'Invalidated',
  'wordsMore.acted.oldMain.toInvalidate': 'To be invalidated',
  'wordsMore.acted.oldMain.converted': 'Converted to a Signing Key',
  'wordsMore.acted.oldMain.toConvert': 'To be converted to a Signing Key',
  'wordsMore.acted.mode.self': 'Self Recovery',
  'wordsMore.acted.mode.thirdParty': 'Third-Party Recovery',
  'wordsMore.acted.newKey': 'New {key}',
  'wordsMore.acted.keyToCreate': 'Key to create',
  'wordsMore.acted.keyToCreateValue': '{key}, {threshold}-of-{participants}',
  'wordsMore.acted.howHeld': 'How the Recovery Key is held',
  'wordsMore.acted.heldWithThirdParty':
    '{mode}: Cobo’s share and one of your organisation’s and one of a trusted third party ({third})',
  'wordsMore.acted.heldByOwn': '{mode}: Cobo’s share and two of your organisation’s',
  'wordsMore.acted.vault': 'Vault',
  'wordsMore.acted.advancedVault':
    'An advanced MPC vault, as the officer said (Cobo activates one on request)',
  'wordsMore.acted.standardVault': 'A standard MPC vault: Main and Signing Keys 2/2',
  'wordsMore.acted.backups': 'Backups of the new key shares',
  'wordsMore.acted.backupConfirmed': '{name} ({id}), confirmed {at}',
  'wordsMore.acted.backupSeparator': '; ',
  'wordsMore.acted.noBackups': 'None confirmed by the officer',
  'wordsMore.acted.newVault': 'New vault',
  'wordsMore.acted.vaultToCreate': 'Vault to create',
  'wordsMore.acted.mainBefore': 'The Main Key before',
  'wordsMore.acted.withFormer': '{handling} ({former})',
  'wordsMore.acted.sourceRecovery': 'Source: the Recovery Key',
  'wordsMore.acted.sourceMain': 'Source: the Main Key',
  'wordsMore.acted.sourceNodes': 'Source TSS nodes that took part',
  'wordsMore.acted.lostPhone': 'Lost phone',
  'wordsMore.acted.lostReplaced': '{node}; the Main Key it belonged to is replaced by the new Main Key',
  'wordsMore.acted.lostReplacedFormer':
    '{node}; the Main Key it belonged to ({former}) is replaced by the new Main Key',
  'wordsMore.backup.server':
    'Server Signer (TSS Node): copy the database file {file} and keep its password; store the two on separate devices.',
  'wordsMore.backup.serverExport':
    'For hard-key recovery (Cobo unavailable), also export the key share: {command} <{id}>, with its own password.',
  'wordsMore.backup.groupId': 'the group’s ID',
  'wordsMore.backup.guard':
    'Cobo Guard: tap Back Up Now when the key is made; back up to iCloud and set a recovery passphrase (the file’s name starts {prefix}).',
  'wordsMore.backup.portalMobile':
    'Portal Mobile: back up to iCloud, Google Drive or a local file, with a passphrase of at least 16 characters including an upper-case letter, a number and a special character.',
  'wordsMore.backup.passphrase':
    'Keep the passphrase apart from the phone; without a backup, a lost phone means a ceremony.',
  'wordsMore.governed.createSigning': 'Create Signing Key',
  'wordsMore.governed.createRecovery': 'Create Recovery Key',
  'wordsMore.governed.recreateMain': 'Recreate Main Key',
  'wordsMore.governed.upgrade': 'Upgrade Signing Key to Main Key',
  'wordsMore.governed.deleteRecovery': 'Delete active Recovery Key',
  'wordsMore.governed.deleteSigning': 'Delete active Signing Key',
  'wordsMore.governed.words':
    '“{operation}” is subject to your organisation’s governance policy: by default at least half of its Admins approve it in Cobo Guard or Portal Mobile. Cobo’s manual does not say whether a request made with an API key waits for that approval: arrange it with your Admins before you send, and if the request waits, ask them to approve it.',
} as const;
