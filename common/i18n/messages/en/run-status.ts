/** The live status, verification and close steps (when run.ts is full). */
export const runStatus = {
  'run.status.seconds': '{s} s',
  /** After a failed look at the request, beside what went wrong. */
  'run.status.keepsChecking': 'The app keeps checking the request by itself.',
  'run.status.minutes': '{m} min {s} s',
  'run.status.waitingStart':
    'Waiting for {count, plural, one {# holder} other {# holders}} to tap Start Key Gen in Cobo Guard (Start in Portal Mobile), once: {names}.',
  'run.status.waitingKeepOpen':
    '{count, plural, one {# holder takes} other {# holders take}} part now, with nothing more to tap: keep Cobo Guard or Portal Mobile open and online until the key is made: {names}.',
  'run.status.servers':
    '{count, plural, one {Server Signer, acting by itself} other {Server Signers, acting by themselves}}: {names}.',
  'run.status.serversBy':
    '{count, plural, one {Server Signer, acting by itself: {names}; its TSS Node must be online by {time}, within 24 hours} other {Server Signers, acting by themselves: {names}; their TSS Nodes must be online by {time}, within 24 hours}}.',
  'run.status.waited': 'This request has waited {minutes} minutes on its holders.',
  'run.status.waitedOffline':
    'This request has waited {minutes} minutes on its holders (offline now: {names}).',
  'run.status.keepWaiting':
    'You can keep waiting: Cobo keeps the request open and nothing is lost. Or reach the holders (by phone, or in person) and ask them to open Cobo Guard or Portal Mobile, online.',
  'run.status.orCancel':
    'Or cancel the request while Cobo still allows it (below), and start again when everyone is ready.',
  'run.status.cannotCancel':
    'Cancelling is no longer possible: key generation has started, and the request ends by itself.',
  'run.status.serverLate':
    'The Server Signer’s 24 hours ran out at {time}: Cobo’s manual asks for its TSS Node online within 24 hours. Bring the TSS Node online now and follow the status; if the request fails, start again with the TSS Node online first.',
  'run.status.sending': 'Sending the request…',
  'run.status.checkAgain': 'Check again',
  'run.status.tssRequest': 'TSS request {id}',
  'run.status.coboDone': 'Cobo answered: done. The record of this ceremony holds its answer.',
  'run.status.timeline': 'Status timeline',
  'run.status.since': ' — since {time} · {duration}',
  'run.status.unseen': ' — passed through between two checks, not seen',
  'run.status.governed':
    'This is “{operation}”, a governed operation: if the request does not move on, ask your Admins whether it waits for their approval in Cobo Guard or Portal Mobile.',
  'run.status.offlineNow': ' Offline now: {names}; the request waits for them.',
  'run.status.rehearsalStart':
    'Rehearsal: the simulated custodians act on the Holder phones screen (in the menu), where each one taps Start Key Gen or rejects, once, as in Cobo Guard.',
  'run.status.rehearsalKeepOpen':
    'Rehearsal: the simulated phones take part by themselves; taking one offline on the Holder phones screen holds the request until it is back.',
  'run.status.stranded':
    'This ceremony cannot be followed any more. Abandon it on the record: its request is left pending at Cobo, and the record says why.',
  'run.status.cancel': 'Cancel the request…',
  'run.status.cancelQuestion':
    'Cancel this TSS request? Nothing will be created; a new ceremony is needed to try again.',
  'run.status.cancelYes': 'Yes, cancel the request',
  'run.status.cancelKeep': 'Keep it',
  'run.status.cancelled': 'The request was cancelled.',
  'run.status.failed': 'The ceremony did not succeed.',
  'run.status.startAgain': 'Close this one and start again with the same choices',
  'run.verify.nothingCancelled':
    'Nothing to verify: no keys were made. The ceremony was cancelled; go on to Close.',
  'run.verify.nothingFailed':
    'Nothing to verify: no keys were made. The ceremony did not succeed; go on to Close.',
  'run.verify.changed': 'STOP: the vault’s root public keys changed during this ceremony.',
  'run.verify.changedHint':
    'Resharing must never change them. Do not use this vault. Keep everyone in the room, save the ceremony record, and contact Cobo support.',
  'run.verify.unchanged': 'Checked: the root public keys are exactly the same as before the ceremony.',
  'run.verify.justCreated':
    'These root keys were just created. Every wallet key of this vault derives from them.',
  'run.verify.layout':
    '{secp} keys are {bip32} xpubs. For {ed} the offline sandbox uses the same layout with a {prefix}-prefixed key; compare the text as shown.',
  'run.verify.whereTitle': 'Where the custodians read the keys',
  'run.verify.where':
    'In Cobo Portal, on their own devices: MPC Wallets → “{vault}” → Key Share Management (the icon at the upper right), which shows the vault’s root extended public keys. Reading them there, not from this screen, means a tampered workstation cannot show the same wrong key twice.',
  'run.verify.rehearsal':
    'This rehearsal has no Cobo Portal: practise the reading aloud from the group where the keys differ, as you will on the day.',
  'run.verify.compared': 'Custodians compared the keys with their devices at {time}.',
  'run.verify.compare': 'The custodians compared these keys with their devices',
  'run.close.outcome': 'Outcome',
  'run.close.outcome.success': 'Succeeded',
  'run.close.outcome.failed': 'Did not succeed',
  'run.close.outcome.cancelled': 'Cancelled',
  'run.close.outcome.abandoned': 'Abandoned',
  'run.close.outcome.inProgress': 'In progress',
  'run.close.vault': 'Vault',
  'run.close.environment': 'Environment',
  'run.close.tssRequest': 'TSS request',
  'run.close.witnesses': 'Witnesses',
  'run.close.why': 'Why',
  'run.close.journal':
    'Every step of this ceremony is in its journal: an append-only, hash-chained record kept in the app’s data folder.',
  'run.close.closed': 'This ceremony is closed.',
  'run.close.returnToRecovery': 'Return to the Recovery of “{vault}” →',
  'run.close.recoveryWaits':
    'The Recovery of “{vault}” waits for this new Main Key: closing this ceremony takes you back to it.',
  'run.close.closeAndReturn': 'Close and return to the Recovery',
  'run.close.close': 'Close the ceremony',
  'run.holderActions.rejected': 'rejected the request',
  'run.holderActions.approved': 'tapped Start Key Gen; keeps Cobo Guard open until the key is made',
  'run.holderActions.notYet': 'has not tapped Start Key Gen yet',
  'run.holderActions.rejectedBy':
    'Rejected by {names} (rehearsal: as the simulated holder answered on the Holder phones screen).',
  'run.holderActions.notReported':
    'Cobo’s API does not report which holders have tapped Start Key Gen. Confirm with each custodian in the room that they have, and that they keep Cobo Guard or Portal Mobile open until the key is made.',
  'run.holderActions.title': 'Rehearsal only: what each simulated holder has done',
  'run.holderActions.realOrg': 'A real Cobo organisation does not report this; there you ask each custodian.',
} as const;
