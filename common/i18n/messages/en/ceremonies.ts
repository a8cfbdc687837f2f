/** The list of ceremonies, each kind's steps (titles and intros), the ceremony screen around them. */
export const ceremonies = {
  // The steps shared by the ceremonies.
  'ceremonies.step.profile.title': 'Environment and profile',
  'ceremonies.step.profile.intro':
    'Choose the API profile to sign with. Its environment decides whether this is a rehearsal or the real thing.',
  'ceremonies.step.vault.title': 'Vault',
  'ceremonies.step.vault.intro':
    'Choose the MPC vault. Its root extended public keys, if it has any, are shown for reference.',
  'ceremonies.step.preflight.title': 'Pre-flight',
  'ceremonies.step.preflight.intro':
    'The app checks the clock, the connection, the keychain and the holders; you tick the room checklist. Each tick is recorded with its time.',
  'ceremonies.step.checkin.title': 'Custodian check-in',
  'ceremonies.step.checkin.intro':
    'Confirm each taking-part custodian is present and identified, and name the witnesses.',
  'ceremonies.step.checkin.introVaultSetup':
    'Name the witnesses of this step. No custodian acts on a device to create a vault.',
  'ceremonies.step.review.title': 'Review and send',
  'ceremonies.step.review.intro':
    'Read what will be sent, in words and exactly as the request body. Sending happens once; after it, the choices are fixed.',
  'ceremonies.step.status.title': 'Live status',
  'ceremonies.step.status.intro':
    'Follow the request as Cobo reports it. The app checks often while things move and less often while they do not.',
  'ceremonies.step.verify.title': 'Verify root keys',
  'ceremonies.step.verify.intro':
    'Read the root extended public keys aloud with the custodians and compare them with what Cobo Portal shows them on their own devices.',
  'ceremonies.step.verify.skipped': 'Nothing to verify: no keys were made.',
  'ceremonies.step.close.title': 'Close',
  'ceremonies.step.close.intro': 'The outcome, and the record of this ceremony.',
  // The steps of one kind.
  'ceremonies.step.newVault.title': 'Name the vault',
  'ceremonies.step.newVault.intro':
    'An Org-Controlled vault holds the organisation’s MPC wallets. Give it a name nobody will confuse with another vault.',
  'ceremonies.step.design.title': 'Design the group',
  'ceremonies.step.design.intro':
    'Choose the group type and its size, then add each of your holders by the TSS node ID the custodian reads in Cobo Guard (☰ → My Public Key) or Portal Mobile (Me › Key shares; not Portal Mobile’s “My Public Key”, which is an identity key), or that a Server Signer’s TSS Node reports. Cobo’s node is in every new group: Cobo adds it to Main and Signing Keys, and the app lists it for a Recovery Key.',
  'ceremonies.step.keyGenGroups.title': 'Main Key',
  'ceremonies.step.keyGenGroups.intro':
    'Choose the Main Key that will hold the key shares. It must be New: KeyGen happens once.',
  'ceremonies.step.fromKeyGroupGroups.title': 'Groups and source nodes',
  'ceremonies.step.fromKeyGroupGroups.intro':
    'Choose the group that receives key shares, and which Main Key nodes take part: the Cobo node plus enough others to meet the threshold.',
  'ceremonies.step.lostHolder.title': 'Who lost what',
  'ceremonies.step.lostHolder.intro':
    'Choose the custodian whose phone (and so key share) was lost. The app shows what happens next.',
  'ceremonies.step.recoveryGroups.title': 'New Main Key and Recovery Key',
  'ceremonies.step.recoveryGroups.intro':
    'Choose the new Main Key (with the new phone) and which Recovery Key holders take part.',
  'ceremonies.step.upgrade.title': 'Signing Key and the current Main Key',
  'ceremonies.step.upgrade.intro':
    'Choose the active Signing Key that becomes the Main Key, and what becomes of the current Main Key. Both consequences are spelled out before you choose.',
  'ceremonies.step.retire.title': 'Key to delete',
  'ceremonies.step.retire.intro':
    'Choose the Signing or Recovery Key to delete and confirm it by typing its name. Its holders will no longer receive signature requests; reinstating them needs a new key generation.',
  'ceremonies.step.drillKey.title': 'Key to drill',
  'ceremonies.step.drillKey.intro':
    'Choose the key whose recovery files the holders bring: Main, Signing or Recovery Key, any that holds key shares.',
  'ceremonies.step.drill.title': 'Recovery files',
  'ceremonies.step.drill.intro':
    'Each holder brings their recovery file and types its password. The app opens one share at a time, checks it and forgets it; the root key is never assembled.',
  // Where an open ceremony stands, in the list.
  'ceremonies.standing.preparing': 'Being prepared. Next: {next}',
  'ceremonies.standing.submitting': 'Sending its request to Cobo',
  'ceremonies.standing.undecided': 'Sent, but whether Cobo received it is not known yet. Next: check again',
  'ceremonies.standing.tracking': 'Request sent. Next: follow its live status',
  'ceremonies.standing.succeeded': 'Request done. Next: {next}',
  'ceremonies.standing.cancelled': 'Cancelled. Next: Close',
  'ceremonies.standing.failed': 'Did not succeed. Next: Close',
  'ceremonies.standing.closed': 'Closed',
  'ceremonies.standing.abandoned': 'Abandoned',
  // The Ceremonies screen.
  'ceremonies.list.loadingCeremony': 'Loading the ceremony…',
  'ceremonies.list.title': 'Ceremonies',
  'ceremonies.list.lead':
    'Choose a ceremony. Each one walks you through its steps; nothing is sent until you review and confirm.',
  'ceremonies.list.startLabel': 'Start a ceremony',
  'ceremonies.list.start': 'Start: {kind}',
  'ceremonies.list.openTitle': 'Open ceremonies',
  'ceremonies.list.openItem': '{kind} · {vault} · {environment} · started {date}',
  'ceremonies.list.noVault': 'no vault yet',
  'ceremonies.list.resume': 'Resume',
  // One ceremony's screen.
  'ceremonies.head.back': '← All ceremonies',
  'ceremonies.rail.label': 'Ceremony steps',
  'ceremonies.rail.skipped': ' (skipped)',
  'ceremonies.rail.complete': ' (complete)',
  'ceremonies.rail.locked': ' (locked)',
  'ceremonies.sheet.label': 'Run sheet',
  'ceremonies.sheet.back': '← Back to the ceremony',
  'ceremonies.sheet.print': 'Print the run sheet',
  'ceremonies.sheet.open': 'Run sheet: print the script of this ceremony…',
  'ceremonies.profile.chosen': 'Profile “{name}” ({environment}), API key fingerprint {fingerprint}.',
  'ceremonies.continueTo': 'Continue to {step} →',
  'ceremonies.abandon.label': 'Abandon this ceremony',
  'ceremonies.abandon.question':
    'Abandon this ceremony? Nothing more will be sent for it, and it cannot be resumed; its record keeps everything done so far.',
  'ceremonies.abandon.confirm': 'Yes, abandon it',
  'ceremonies.abandon.keep': 'Keep it',
  'ceremonies.next.forVault': 'for {name}',
  'ceremonies.next.forThisVault': 'Next for “{name}”: {why}',
  'ceremonies.newMainKey': 'Set up the new Main Key',
  // The environment, on every screen of a ceremony.
  'ceremonies.env.sandbox': 'Offline sandbox',
  'ceremonies.env.development': 'Cobo Development',
  'ceremonies.env.production': 'Cobo Production',
  'ceremonies.env.sandboxDescription':
    'A Cobo-compatible server inside this app, on this computer only. For rehearsal: no real keys, no network.',
  'ceremonies.env.developmentDescription':
    "Cobo's development environment. Needs an API key registered in the development Cobo Portal.",
  'ceremonies.env.productionDescription':
    'Real vaults and real keys. Every request here changes your organisation for good.',
  'ceremonies.env.bannerProduction':
    'PRODUCTION — real vault, real keys. Every request changes your organisation for good.',
  'ceremonies.env.bannerDevelopment': 'Cobo Development environment',
  'ceremonies.env.bannerSandbox': 'REHEARSAL — offline sandbox on this computer. No real keys.',
  // Rehearsal: start the sandbox over.
  'ceremonies.fresh.startFresh': 'Start from a fresh organisation…',
  'ceremonies.fresh.startLegacy': 'Start from an organisation set up before October 2025…',
  'ceremonies.fresh.freshMeaning':
    'The sandbox forgets its groups, requests and keys and starts where a real organisation starts: the phones and the Server Signer below exist, but Cobo lists none of them until they are in a group. Enter their TSS node IDs (shown below) when you design the groups.',
  'ceremonies.fresh.keepVault': 'Keep one empty vault (otherwise rehearse creating the vault too)',
  'ceremonies.fresh.legacyMeaning':
    'The sandbox forgets its groups, requests and keys and starts from an organisation set up before Cobo’s October 2025 rules: the vault “{vault}” with a 2-of-3 Main Key (Cobo, {alice}, {bilal}), a 2-of-3 Signing Key that shares {bilal}’s node, and a Recovery Key of {chen} and {dana} without Cobo’s node, each waiting for its ceremony. Keys made then keep their shape and work; every new key follows today’s rules.',
  'ceremonies.fresh.confirmFresh': 'Start from a fresh organisation',
  'ceremonies.fresh.confirmLegacy': 'Start from the organisation set up before October 2025',
  'ceremonies.fresh.keep': 'Keep this one',
  // Shared notices.
  'ceremonies.screenFailed.title': 'This screen could not be opened.',
  'ceremonies.screenFailed.hint':
    'Its part of the app could not be loaded from Key Ceremony’s main process, or failed while showing. Nothing was sent or changed. If the notice at the top says the main process is not answering, start the app again and open the new link; otherwise choose the screen again from the menu.',
  'ceremonies.secretMissing':
    'Its API secret is no longer in the system keychain, so it cannot sign anything. Import the secret again on the Profiles screen (as a new profile with the same API key) and delete this one, or use another profile.',
  'ceremonies.verdict.notYet': 'This choice cannot be sent yet:',
} as const;
