/** The sandbox's Holder phones screen. */
export const holders = {
  'holders.title': 'Holder phones',
  'holders.lead':
    'Rehearsal only. These are the offline sandbox’s simulated key share holders. Play their part here: review a request and tap Start Key Gen (or reject it) as they would in Cobo Guard — once: the phone then takes part by itself while its app stays open — take a phone offline, or lose one to rehearse a recovery.',
  'holders.manualApproval':
    'Holders start a request only when someone taps Start Key Gen for them here (otherwise phones start by themselves after a moment)',
  'holders.list': 'Simulated key share holders',
  'holders.type.cobo': 'Cobo node',
  'holders.type.mobile': 'Mobile Signer (phone)',
  'holders.type.api': 'Server Signer',
  'holders.status.valid': 'Active',
  'holders.status.changed': 'Lost — replaced',
  'holders.status.notConfigured': 'Not set up',
  'holders.status.notActivated': 'Not activated',
  'holders.online': 'Online',
  'holders.offline': 'Offline',
  'holders.newPhone': 'New phone',
  'holders.frozen': 'Account frozen',
  'holders.nodeId':
    'TSS node ID, in groups of four for reading aloud (copy it with or without the spaces): {id}',
  'holders.pending.label': 'Requests waiting for {name}',
  'holders.pending.waits': '{type} request {id} waits for {name} to review it and start',
  'holders.pending.start': 'Start as {name}',
  'holders.pending.startKeyGen': 'Start Key Gen as {name}',
  'holders.pending.reject': 'Reject<h> as {name}</h>',
  'holders.takeOffline': 'Take offline',
  'holders.bringOnline': 'Bring online',
  'holders.losePhone': 'Lose this phone…',
  'holders.restored.meaning':
    '{name} restored the key share from backup on a new phone: the same TSS node ID, the same key share, no ceremony needed. Cobo Guard freezes the account until an Admin unfreezes it in Cobo Portal (Portal Mobile instead suspends sending for 24 hours); until then {name} cannot act on a request.',
  'holders.restored.unfreeze': 'Unfreeze {name}’s account (as an Admin)',
  'holders.lose.firstWay':
    'First way back, as Cobo’s manual orders them: {name} restores the key share from its backup on the new phone, and keeps the same TSS node ID.',
  'holders.lose.restore': 'Restore {name}’s key share from backup on a new phone',
  'holders.lose.withoutBackup':
    'Without a backup, {name}’s phone and its key shares are gone for this rehearsal. Groups that include it become unavailable, and a new phone is set up for {name}; rehearse a Recovery to give it key shares.',
  'holders.lose.confirm': 'Lose {name}’s phone, with no backup',
  'holders.lost.title': 'What this means',
  'holders.lost.meaning':
    'Cobo now reports {name}’s old phone as Changed, and the groups that hold a key share on it as Unavailable: they cannot be used until the way back is done. {name}’s new phone (the card marked “New phone”) holds no key share yet.',
  'holders.lost.wayBack':
    'The way back: a Recovery, where the Recovery Key re-creates the Main Key’s key shares for a new Main Key with {name}’s new phone; or upgrading a Signing Key to Main. The Recovery’s first steps show which is possible now.',
  'holders.lost.start': 'Start the way back: Recovery <h>after {name}’s lost phone</h>',
} as const;
