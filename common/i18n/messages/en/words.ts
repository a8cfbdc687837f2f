/** Words the shared code gives both processes: kinds, statuses, rules, standings. */
export const words = {
  'words.kind.vaultSetup.title': 'Create a vault',
  'words.kind.vaultSetup.shortTitle': 'Create a vault',
  'words.kind.vaultSetup.summary':
    'Create an Org-Controlled MPC vault for the organisation. Its root keys are made later, by KeyGen with its Main Key.',
  'words.kind.groupSetup.title': 'Set up a key share holder group',
  'words.kind.groupSetup.shortTitle': 'Set up a key share holder group',
  'words.kind.groupSetup.summary':
    'Create a Main, Signing or Recovery Key from the organisation’s holders: custodians’ phones (Mobile Signers: Cobo Guard or Portal Mobile) and Server Signers (TSS Nodes), entered by their TSS node IDs. Cobo’s node is in every new group: Cobo adds it to Main and Signing Keys, and the app lists it for a Recovery Key. The group gets key shares in a later ceremony.',
  'words.kind.keyGen.title': 'KeyGen: create the root keys',
  'words.kind.keyGen.shortTitle': 'KeyGen',
  'words.kind.keyGen.summary':
    'Create the vault’s root extended public keys and the Main Key’s key shares. Done once per vault: every wallet key of the vault derives from these root keys.',
  'words.kind.keyGenFromKeyGroup.title': 'KeyGenFromKeyGroup: shares for a Signing or Recovery Key',
  'words.kind.keyGenFromKeyGroup.shortTitle': 'KeyGenFromKeyGroup',
  'words.kind.keyGenFromKeyGroup.summary':
    'The Main Key creates key shares of the same root keys for a Signing or Recovery Key. The root keys do not change; the app checks that.',
  'words.kind.recovery.title': 'Recovery: after a lost phone',
  'words.kind.recovery.shortTitle': 'Recovery',
  'words.kind.recovery.summary':
    'A Main Key holder lost their phone. The Recovery Key re-creates key shares of the same root keys for a new Main Key that holds the new phone; the old Main Key is replaced.',
  'words.kind.groupUpgrade.title': 'Upgrade a Signing Key to Main',
  'words.kind.groupUpgrade.shortTitle': 'Upgrade a Signing Key',
  'words.kind.groupUpgrade.summary':
    'An active Signing Key becomes the Main Key — after a lost phone, the quick way back when the Signing Key is intact. The current Main Key is invalidated or becomes a Signing Key. The root keys do not change; the app checks that.',
  'words.kind.recoveryDrill.title': 'Recovery drill: would the recovery files work?',
  'words.kind.recoveryDrill.shortTitle': 'Recovery drill',
  'words.kind.recoveryDrill.summary':
    'The holders of a key bring the recovery files Cobo’s recovery kit would rebuild the root key from, one at a time, each with its password. The app proves, offline, that a threshold of them rebuilds the vault’s recorded root keys — without ever assembling the key — and records who proved what. Nothing is sent to Cobo.',
  'words.kind.groupRetirement.title': 'Delete a Signing or Recovery Key',
  'words.kind.groupRetirement.shortTitle': 'Delete a key',
  'words.kind.groupRetirement.summary':
    'Delete a Signing or Recovery Key, deliberately and on the record — for example when a custodian leaves. Its holders receive no further requests; reinstating them needs a new key generation.',
  'words.status.pendingKeyHolderConfirmation.title': 'Waiting for holders to start',
  'words.status.pendingKeyHolderConfirmation.meaning':
    'The request waits for its key share holders. Each custodian with a Mobile Signer acts once: in Cobo Guard, tap the request’s banner, then Group Information › Start Key Gen (Portal Mobile: Approvals › Start), and keep the app open until the key is made, about 30 seconds. A Server Signer’s TSS Node starts by itself.',
  'words.status.pendingKeyHolderConfirmation.actor':
    'custodians tap Start Key Gen in Cobo Guard (Start in Portal Mobile), once; Server Signers’ TSS Nodes by themselves',
  'words.status.mpcProcessing.title': 'Holders started; their apps take part',
  'words.status.mpcProcessing.meaning':
    'The holders have started. Their Cobo Guard or Portal Mobile apps and TSS Nodes now work together, with nothing more to tap: custodians keep the app open and the phone online; a Server Signer’s TSS Node asks its callback server for the risk-control check. An app closed or offline holds the request here until it is back.',
  'words.status.mpcProcessing.actor':
    'the holders’ apps and TSS Nodes: keep Cobo Guard or Portal Mobile open and online',
  'words.status.keyGenerating.title': 'Generating key shares',
  'words.status.keyGenerating.meaning':
    'The TSS nodes are generating key shares. Custodians keep Cobo Guard or Portal Mobile open and online until Cobo reports success; nothing to tap.',
  'words.status.keyGenerating.actor': 'the TSS nodes: keep every holder’s app open and online',
  'words.status.success.title': 'Key shares created',
  'words.status.success.meaning':
    'The request finished successfully. Verify the root extended public keys next.',
  'words.status.success.actor': 'the officer: verify the root keys',
  'words.status.keyHolderConfirmationFailed.title': 'Holders did not start',
  'words.status.keyHolderConfirmationFailed.meaning':
    'A holder rejected the request, or it was cancelled. Nothing was created. Start a new ceremony to try again.',
  'words.status.keyHolderConfirmationFailed.actor': 'the officer: start a new ceremony',
  'words.status.keyGeneratingFailed.title': 'Key generation failed',
  'words.status.keyGeneratingFailed.meaning':
    'A TSS node failed while generating key shares. Nothing usable was created. Check that every holder’s node is online, then start a new ceremony.',
  'words.status.keyGeneratingFailed.actor': 'the officer: check the nodes, then start a new ceremony',
  'words.status.unknown.title': 'Unknown status “{status}”',
  'words.status.unknown.meaning':
    'Cobo reported a status this version of the app does not know. The app keeps following the request; check Cobo Portal for details.',
  'words.status.unknown.actor': 'nobody can tell: check Cobo Portal',
  'words.status.cancelledByOfficer': 'Cancelled by the officer (Cobo now reports {status})',
  'words.journal.who.officer': 'The officer',
  'words.journal.who.app': 'The app',
  'words.journal.who.cobo': 'Cobo',
  'words.journal.who.witness': 'A witness',
  'words.journal.step.selection': 'Choices recorded',
  'words.journal.step.selectionForVault': 'Choices recorded for the vault “{vault}”',
  'words.journal.step.review': 'Review prepared: the exact request and its body',
  'words.journal.step.reviewCall': 'Review prepared: the exact request ({method} {path}) and its body',
  'words.journal.step.completed': 'Step completed: {step}',
  'words.journal.answer.cancel': 'Cobo answered the cancellation: {status}',
  'words.journal.answer.unknown': 'No answer from Cobo: the outcome is unknown, so the app looks for it',
  'words.journal.answer.reconciled': 'The request was found at Cobo after an unknown outcome',
  'words.journal.answer.accepted': 'Cobo accepted the request: TSS request {id}',
  'words.journal.answer.group': 'Cobo answered: {key} {id}',
  'words.journal.answer.gone': 'Cobo accepted the deletion; the key is gone',
  'words.journal.answer.other': 'Cobo answered',
  'words.journal.closure.closed': 'Closed: {outcome}',
  'words.journal.closure.closedNoOutcome': 'Closed: no outcome',
  'words.journal.closure.abandoned': 'Abandoned',
  'words.journal.closure.abandonedWhy': 'Abandoned: {why}',
  'words.journal.closure.abandonedPending': 'Abandoned, its request left pending at Cobo',
  'words.journal.closure.abandonedPendingWhy': 'Abandoned, its request left pending at Cobo: {why}',
  'words.journal.listSeparator': ', ',
  'words.journal.started': 'Ceremony started: {kind}, {environment}',
  'words.journal.roomCheck': 'Room check ticked: {item}',
  'words.journal.checkin': 'Custodian present: {name} (TSS node {node})',
  'words.journal.witnesses': 'Witnesses recorded: {names}',
  'words.journal.preflight.passed': 'Pre-flight run: every check passed',
  'words.journal.preflight.failed': 'Pre-flight run: not every check passed',
  'words.journal.requestIntent': 'About to send the request (written first, so it is never sent twice)',
  'words.journal.requestSent': 'Request sent to Cobo',
  'words.journal.statusObserved': 'Cobo reported the request as {status}',
  'words.journal.verification.compared': 'The custodians compared the root keys with their devices',
  'words.journal.verification.changed': 'Root keys checked: they CHANGED',
  'words.journal.verification.unchanged': 'Root keys checked: unchanged',
  'words.journal.verification.read': 'Root keys read',
  'words.journal.finished': 'The request ended: {outcome}',
  'words.journal.backup': 'Backup confirmed: {name}',
  'words.journal.recoveryFile.failed':
    'Recovery file of {holder} checked ({file}): not proven, {failed} check failed',
  'words.journal.recoveryFile.proven': 'Recovery file of {holder} checked ({file}): its share proven',
  'words.journal.drill.proven': 'Drill concluded: the recovery files rebuild the vault’s recorded root keys',
  'words.journal.drill.notProven':
    'Drill concluded: the recovery files are not proven to rebuild the vault’s root keys',
  'words.journal.scriptPrinted': 'Run sheet printed: version {version}, SHA-256 {sha256}',
  'words.journal.scriptPrintedSupersedes':
    'Run sheet printed: version {version}, SHA-256 {sha256} (supersedes {supersedes}…)',
  'words.journal.exception':
    'Exception at script step {step}: {happened}; decided: {decided}; agreed: {agreed}',
  'words.journal.witnessSigners': 'Witnesses’ keys fixed in the plan: {names}',
  'words.journal.none': 'none',
  'words.journal.attestation.dissent': 'Dissent signed by {principal} over the closing head {head}',
  'words.journal.attestation.coSigned': 'Co-signed by {principal} over the closing head {head}',
  'words.journal.note': 'Note: {note}',
  'words.journal.noteCancelRequested': 'cancel requested',
  'words.journal.keyReplaced': 'The transcript key was replaced; the new key signs on',
  'words.journal.unknownKind': 'An entry of a kind this version does not know ({kind})',
  'words.key.main': 'Main Key',
  'words.key.signing': 'Signing Key',
  'words.key.recovery': 'Recovery Key',
  'words.shape.recovery':
    'A Recovery Key is {standard}: Cobo’s share and two others; {shape} is not offered.',
  'words.shape.notOffered': '{shape} is not offered by Cobo; an advanced MPC vault allows 2/2, 2/3 or 3/3.',
  'words.shape.needsAdvanced':
    'In a standard MPC vault a {key} is {standard} (Cobo plus one of your holders); {shape} needs an advanced MPC vault, which Cobo activates on request.',
  'words.nodeInAnotherKey':
    '{who} already holds a share of this vault’s {key} ({id}): since October 2025 a node holds shares in one key of a vault only. Choose a holder of no other key of this vault.',
  'words.nodeId.lookAlike.zero': '0 (zero) and O (capital o)',
  'words.nodeId.lookAlike.one': '1 (one), l (small L) and I (capital i)',
  'words.nodeId.lookAlike.five': '5 (five) and S',
  'words.nodeId.lookAlike.two': '2 (two) and Z',
  'words.nodeId.lookAlike.eight': '8 (eight) and B',
  'words.nodeId.empty': 'Enter the TSS node ID.',
  'words.nodeId.oneLine': 'The TSS node ID is one line; paste only the ID.',
  'words.nodeId.spaces':
    'A TSS node ID has no spaces inside (only the groups of four it is shown in may be pasted with theirs); check what was pasted.',
  'words.nodeId.notPlain':
    'The TSS node ID has a character that is not plain text (perhaps from a document); type it again.',
  'words.nodeId.stray': 'A TSS node ID has only letters, digits and - _ . : ; check for a stray character.',
  'words.nodeId.short': 'A TSS node ID is longer than that ({count} characters); check that it is complete.',
  'words.nodeId.long': 'A TSS node ID is at most {max} characters.',
  'words.nodeId.lookAlike': 'Read back with care: it contains characters that look alike — {pairs}.',
  'words.nodeId.lookAlikeSeparator': '; ',
  'words.holderStatus.valid': 'configured and activated: Cobo counts it as in use',
  'words.holderStatus.notConfigured': 'Cobo Guard has not been set up on it',
  'words.holderStatus.notActivated': 'Cobo Guard is set up on it but not activated',
  'words.holderStatus.changed':
    'its holder has set up Cobo Guard on a new phone; this phone’s key share waits to be replaced, and Cobo deletes the old node once that is done',
  'words.groupStatus.new': 'created, with no key shares yet',
  'words.groupStatus.valid': 'holds key shares and is in use',
  'words.groupStatus.unavailable':
    'one of its holders is moving to a new phone, so the group cannot be used until that is finished',
  'words.status.notKnown': 'a status this app does not know ({status})',
  'words.lostPhone.premiseReplaced':
    'The phone chosen as lost (TSS node {node}) is no longer a holder of this vault’s Main Key: the Main Key was replaced after this Recovery was prepared, by upgrading a Signing Key or by another Recovery.',
  'words.lostPhone.noPhones':
    'This vault’s Main Key has no custodian’s phone (Cobo Guard or Portal Mobile), so none of its phones can be lost.',
  'words.lostPhone.choose': 'Choose whose phone was lost.',
  'words.lostPhone.notListed':
    'Cobo does not list the chosen phone in this vault’s Main Key; choose the lost phone among the Main Key’s holders.',
  'words.lostPhone.notLost':
    'Cobo does not report {name}’s phone as lost: its status is {status} ({meaning}), and the Main Key is {groupStatus}. Cobo marks a phone {changed}, and its Main Key {unavailable}, once its holder sets up Cobo Guard on a new phone. Have {name} set up Cobo Guard on the new phone first; this step then shows the phone as {changed}.',
  'words.quorum.sentence': '{parts}.',
  'words.quorum.theOne': 'The one holder must approve',
  'words.quorum.all': 'All {needed} holders must approve',
  'words.quorum.some': '{needed} of the {total} holders must approve',
  'words.quorum.offline': '{count, plural, one {# is} other {# are}} offline ({names})',
  'words.quorum.unusable': '{count} cannot take part: {names}',
  'words.quorum.canSucceed': 'this can succeed now',
  'words.quorum.cannotSucceed': 'only {available} can take part, so this cannot succeed now',
  'words.shape.approveAll': 'all {participants}',
  'words.shape.approveAny': 'any {threshold} of the {participants}',
  'words.shape.inWords':
    '{threshold}-of-{participants}: Cobo plus {own, plural, =1 {one} other {#}} of your holders; {any} approve',
  'words.rules.holderProblem': '{who}: {problem}',
  'words.rules.coboNodeListed': 'Cobo’s node joins every new key by itself; remove it from your holders.',
  'words.rules.sayType':
    'Say whether {who} is a Mobile Signer (Cobo Guard or Portal Mobile) or a Server Signer (TSS Node).',
  'words.rules.giveName': 'Give the holder {node} a name.',
  'words.rules.holderInactive': 'Every holder must be active (a lost or unset phone cannot hold a share).',
  'words.rules.typeDiffers': 'Cobo lists {who} as a {listed} holder, not {given}.',
  'words.rules.sameNodeTwice': 'The same TSS node ID is added twice.',
  'words.rules.chooseDesign': 'Choose the group type, its size and its holders.',
  'words.rules.holderCount':
    'Add exactly {own} of your holders ({added} added); Cobo’s node is one of the {participants}.',
  'words.rules.chooseSigner': 'Choose the designated signer among your holders (Cobo signs too).',
  'words.rules.thirdPartyOnlyRecovery':
    'Only a Recovery Key can hold a trusted third party’s share; unmark the third party.',
  'words.rules.thirdPartyShape':
    'Third-Party Recovery is one holder of your organisation and one trusted third party: mark one third party, and keep one holder of your own.',
  'words.rules.noCoboNode':
    'Cobo lists no node of its own for this organisation, and a Recovery Key needs Cobo’s share: check the connection and the profile, then look again.',
  'words.rules.chooseTarget': 'Choose the target group.',
  'words.rules.targetType': 'The target must be a {types}.',
  'words.rules.targetTypeOr': ' or ',
  'words.rules.targetHasShares':
    'The target group already has key shares; choose a group whose status is {status}.',
  'words.rules.targetInactive': 'Every holder of the target group must be active.',
  'words.rules.hasRootKeys': 'This vault already has root keys: KeyGen is done once per vault.',
  'words.rules.noRootKeys': 'This vault has no root keys yet: run KeyGen first.',
  'words.rules.chooseSource': 'Choose the source group.',
  'words.rules.sourceType': 'The source must be the {key}.',
  'words.rules.sourceStatus': 'The source group is {status}; it must be {valid}.',
  'words.rules.sourceNodeOutside': 'A chosen source node is not in the source group.',
  'words.rules.sourceNeedsCobo': 'The source nodes must include the Cobo node.',
  'words.rules.sourceTooFew':
    'Choose at least {threshold} source nodes to meet the source group’s threshold ({chosen} chosen).',
  'words.rules.sourceInactive': 'Every chosen source node must be active.',
  'words.rules.lostPhoneInNewMain':
    'The new Main Key still contains the lost phone; it must hold the new phone instead.',
  'words.listSeparator': ', ',
  'words.handling.invalidate':
    'The current Main Key is invalidated permanently: its holders’ key shares can never be used again.',
  'words.handling.convert':
    'The current Main Key becomes a Signing Key: its holders keep their key shares and can sign, but no longer hold the Main Key’s role.',
  'words.handling.convertCannotSign':
    'The current Main Key becomes a Signing Key that cannot sign: Cobo reports it as {status}. Its other holders keep their key shares; delete it (“Delete a key”) once the new Main Key works.',
  'words.handling.convertCannotSignLost':
    'The current Main Key becomes a Signing Key that cannot sign: Cobo reports it as {status}, and it holds the lost phone of {names}. Its other holders keep their key shares; delete it (“Delete a key”) once the new Main Key works.',
  'words.upgrade.choose': 'Choose the Signing Key to upgrade.',
  'words.upgrade.onlySigning': 'Only a Signing Key can be upgraded to the Main Key.',
  'words.upgrade.notUsable':
    'The Signing Key is {status}; only an active group with key shares can be upgraded.',
  'words.upgrade.inactive':
    'This Signing Key holds a lost or inactive phone ({names}); choose one whose holders are all active.',
  'words.upgrade.chooseHandling': 'Choose what becomes of the current Main Key.',
  'words.retire.withoutRecoveryUpgrade':
    'the vault keeps no usable Recovery Key: after a lost Main Key phone without a backup, only upgrading a Signing Key could bring the Main Key back',
  'words.retire.withoutRecoveryNothing':
    'the vault keeps no usable Recovery Key and has no active Signing Key: after a lost Main Key phone without a backup, no way back would remain (neither a Recovery nor an upgrade)',
  'words.retire.choose': 'Choose the key to delete.',
  'words.retire.notMain':
    'The Main Key is not deleted: it is replaced by upgrading a Signing Key or by a Recovery.',
  'words.retire.confirmNoRecovery': 'After deleting it, {consequence}. Confirm that too.',
  'words.retire.confirmNoSigning':
    'No other Signing Key is active: if its holder is leaving, set up the new Signing Key (on nodes of no other key of this vault: a node holds one key only) and give it its key shares first, then delete this one (Cobo’s key share transfer order). To delete it anyway, confirm that too.',
  'words.retire.typeName': 'Type the key’s name, “{label}”, to confirm which key is deleted.',
  'words.waysBack.noRecoveryKey': 'No usable Recovery Key: Recovery is not possible.',
  'words.waysBack.recoveryPossible':
    'A usable Recovery Key and a new Main Key exist: Recovery is possible now.',
  'words.waysBack.newMainFirst':
    'A usable Recovery Key exists, but the new Main Key (with the new phone) must be set up first.',
  'words.waysBack.keySeparator': '; ',
  'words.waysBack.upgradePossible':
    'An active Signing Key without the lost phone exists ({holders}): upgrading it is the quicker way back.',
  'words.waysBack.noUpgrade': 'No Signing Key is active with all its holders: an upgrade is not possible.',
} as const;
