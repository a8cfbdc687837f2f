/** The steps that prepare a ceremony: profile, vault, keys, design, upgrade, deletion, lost phone, drills. */
export const prepare = {
  // Shared by several steps.
  'prepare.cannotChoose': 'Cannot be chosen: {problem}',
  'prepare.selectionOk': 'This choice meets the rules of this ceremony.',
  'prepare.nameSeparator': ', ',
  // The first step: the profile to sign with, and the officer's name.
  'prepare.profile.heading': 'Step 1: {title}',
  'prepare.profile.none':
    'There is no profile to sign with yet. Create or import one on the Profiles screen, then come back here.',
  'prepare.profile.loneChoice': 'The only profile that can sign, “{name}”, is chosen.',
  'prepare.profile.startsItself':
    'The ceremony starts with “{name}”, the only profile that can sign, in {environment}.',
  'prepare.profile.legend': 'Profile to sign with',
  'prepare.profile.fingerprint': 'fingerprint {fingerprint}',
  'prepare.profile.start': 'Start the ceremony',
  'prepare.officer.label':
    'Your name, as the security officer (asked once for this profile; each ceremony records it)',
  'prepare.officer.save': 'Save my name',
  // The vault.
  'prepare.vault.loading': 'Loading vaults…',
  'prepare.vault.create':
    '<b>Create a vault</b> in its own ceremony; this one stays open, and you come back to it from the list of ceremonies.',
  'prepare.vault.createAnother':
    'Need another vault? <b>Create a vault</b> in its own ceremony; this one stays open, and you come back to it from the list of ceremonies.',
  'prepare.vault.none': 'This organisation has no Org-Controlled vault yet.',
  'prepare.vault.legend': 'Vault',
  'prepare.vault.loneChoice': 'The organisation’s only vault, “{name}”, is chosen.',
  'prepare.vault.hasKeys': '“{name}” already has its root keys: KeyGen is done for this vault.',
  'prepare.vault.hasKeysHint':
    'To give key shares to a Signing or Recovery Key, abandon this ceremony and start KeyGenFromKeyGroup; after a lost phone, start Recovery. To make new root keys, choose or create another vault.',
  'prepare.vault.typeAndId': '({type}, id {id})',
  'prepare.vault.rootKey': '{curve}: {key}…',
  'prepare.vault.noRootKeys': 'No root keys yet.',
  'prepare.newVault.name': 'Vault name',
  'prepare.newVault.use': 'Use this name',
  'prepare.newVault.recorded': 'Recorded: “{name}”, Org-Controlled.',
  // The groups a ceremony acts on.
  'prepare.groups.targetMain': 'Main Key',
  'prepare.groups.target': 'Group that receives key shares',
  'prepare.groups.loneTarget': 'The only {group} waiting for key shares is chosen.',
  'prepare.groups.keyGenDone':
    'This vault already has its root keys, so there is no Main Key to make them for, and setting one up would not help: Cobo refuses a second KeyGen. Abandon this ceremony; use KeyGenFromKeyGroup to give shares to another group, or Recovery after a lost phone.',
  'prepare.groups.newMainFirst':
    'No new Main Key is waiting for key shares (status {status}). Set it up first: Cobo plus {name}’s new phone. Closing that set-up brings you back here.',
  'prepare.groups.noTarget':
    'No {groups} is waiting for key shares (status {status}). Set one up first with the “{ceremony}” ceremony.',
  'prepare.groups.or': ' or ',
  'prepare.groups.source': 'Source: the {group}',
  'prepare.groups.loneSource':
    'The vault’s only {group} is chosen, with its nodes up to the threshold: change them below if others take part.',
  'prepare.groups.nodes': 'Source TSS nodes taking part (at least {threshold})',
  'prepare.groups.nodesWithCobo':
    'Source TSS nodes taking part (at least {threshold}; Cobo’s node must be one)',
  'prepare.groups.node': '{name} ({details})',
  'prepare.groups.nodeProblem': '{name} ({details}) — cannot be chosen: {problem}',
  'prepare.groups.detailSeparator': ', ',
  'prepare.groups.offline': 'offline',
  // Designing a group.
  'prepare.design.mainKey': 'Main Key',
  'prepare.design.mainKeyNote': 'One per vault; holds the keys after KeyGen. Cobo adds its own node.',
  'prepare.design.signingKey': 'Signing Key',
  'prepare.design.signingKeyNote': 'Signs transactions. Cobo adds its own node.',
  'prepare.design.recoveryKey': 'Recovery Key',
  'prepare.design.recoveryKeyNote':
    'Re-creates the Main Key’s shares after a loss. Cobo’s node is one of its holders: recovery always needs Cobo’s share.',
  'prepare.design.type': '<b>{label}</b> — {note}',
  'prepare.design.typeLegend': 'Group type',
  'prepare.design.advanced':
    'This vault is an advanced MPC vault (Cobo activated it on request). A standard vault’s Main Key and Signing Keys are 2/2, Cobo plus one of your holders; only an advanced vault offers other shapes.',
  'prepare.design.threshold': 'Threshold of participants',
  'prepare.design.coboListed':
    'Cobo’s node is one of the {participants}: since October 2025 recovery always needs Cobo’s share, so the app lists it in the request; you add {own}.',
  'prepare.design.coboListedNamed':
    'Cobo’s node ({name}, {id}) is one of the {participants}: since October 2025 recovery always needs Cobo’s share, so the app lists it in the request; you add {own}.',
  'prepare.design.coboAdds':
    'Cobo adds its own node to this group and counts it among the {participants}; you add {own}.',
  'prepare.design.coboAddsNamed':
    'Cobo adds its own node ({name}, {id}) to this group and counts it among the {participants}; you add {own}.',
  'prepare.design.holders': 'Your holders ({added} of {own} added)',
  'prepare.design.holdersAndSigner': 'Your holders ({added} of {own} added) and the designated signer',
  'prepare.design.unnamed': 'Unnamed',
  'prepare.design.typeAndId': '({type}) {id}',
  'prepare.design.newPhone': 'New phone, replacing the lost one',
  'prepare.design.signer': 'designated signer<h>: {name}</h>',
  'prepare.design.thirdParty': 'a trusted third party’s<h>: {name}</h>',
  'prepare.design.remove': 'Remove',
  'prepare.design.lastRoster':
    'Typed into this vault’s last key set-up, which did not make its key (Cobo does not list them yet): add them again as they were, or type others.',
  'prepare.design.addAgain': 'Add {name} again ({type}, {id})',
  'prepare.design.known': 'Holders Cobo already lists for this vault:',
  'prepare.design.add': 'Add {name} ({type})',
  'prepare.design.addHeld': 'Add {name} ({type}) — holds this vault’s {key}; one key per node',
  'prepare.design.selfRecovery':
    'Self Recovery: Cobo’s share and two of your organisation’s. For Third-Party Recovery, mark the holder that is a trusted third party’s.',
  'prepare.design.thirdPartyRecovery':
    'Third-Party Recovery: Cobo’s share, one of your organisation’s and one of the trusted third party marked above.',
  'prepare.design.addNewPhone':
    '{name}’s phone was lost (Cobo reports it {status}). Add {name}’s new phone below: the TSS node ID Cobo Guard shows on the new phone, with the name {name}.',
  'prepare.design.ok': 'This group meets Cobo’s rules.',
  // Upgrading a Signing Key, deleting a key.
  'prepare.upgrade.legend': 'Signing Key that becomes the Main Key',
  'prepare.upgrade.noSigning': 'This vault has no Signing Key.',
  'prepare.upgrade.handlingLegend': 'What becomes of the current Main Key',
  'prepare.upgrade.invalidate': '<b>Invalidate it</b> — {words}',
  'prepare.upgrade.convert': '<b>Convert it to a Signing Key</b> — {words}',
  'prepare.retire.legend': 'Key to delete',
  'prepare.retire.consequence':
    '{names} will no longer receive signature requests for this group; reinstating them needs a new key generation.',
  'prepare.retire.withoutRecovery': 'I understand: {consequence}.',
  'prepare.retire.withoutReplacement':
    'I understand no other Signing Key stays active: this is not a key share transfer, whose new key comes first.',
  'prepare.retire.typeName': 'Type the key’s name, “{name}”, to confirm',
  'prepare.retire.confirm': 'Confirm this key',
  // A group with its holders.
  'prepare.card.title': '<b>{group}</b> · {threshold}-of-{participants} · <t>{status}</t>',
  'prepare.card.earlierRules':
    'Made before Cobo’s October 2025 rules: it keeps its shape and holders and works as before; a new key follows today’s rules (a standard vault’s Main and Signing Keys 2/2, a Recovery Key 2/3 with Cobo’s share, each node in one key).',
  'prepare.card.caption': 'Holders of this {group}',
  'prepare.card.holder': 'Holder',
  'prepare.card.type': 'Type',
  'prepare.card.online': 'Online',
  'prepare.card.signer': 'Signer',
  'prepare.card.status': 'Status',
  'prepare.card.newPhone': 'new phone',
  'prepare.card.isOnline': 'Online',
  'prepare.card.isOffline': 'Offline',
  'prepare.card.yes': 'Yes',
  'prepare.card.no': 'No',
  'prepare.card.approvals': 'Approvals: {sentence}',
  'prepare.card.all': 'all',
  'prepare.card.any': 'any',
  'prepare.card.signing':
    'Signing afterwards: {quantifier} {threshold} of the group’s {participants}, Cobo’s node counted.',
  'prepare.card.signingNoCobo':
    'Signing afterwards: {quantifier} {threshold} of the group’s {participants}, no Cobo node in it (a group made before Cobo’s October 2025 rules).',
  'prepare.card.recovering':
    'Recovering afterwards: {quantifier} {threshold} of the group’s {participants} re-create a Main Key, Cobo’s node counted.',
  'prepare.card.recoveringNoCobo':
    'Recovering afterwards: {quantifier} {threshold} of the group’s {participants} re-create a Main Key, no Cobo node in it (a group made before Cobo’s October 2025 rules).',
} as const;
