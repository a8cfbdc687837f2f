/** More of the preparing steps (when prepare.ts is full): the lost phone, the drills, a recovery file. */
export const prepareMore = {
  // Recovery: whose phone was lost.
  'prepare.lost.asking': 'Asking Cobo for the vault’s groups…',
  'prepare.lost.noMain': 'This vault has no Main Key with key shares; there is nothing to recover.',
  'prepare.lost.goneTitle': 'This Recovery has nothing left to do',
  'prepare.lost.goneHint':
    'Nothing has been sent for it. Abandon it (below): the vault’s line on the Ceremonies screen says what the vault needs now.',
  'prepare.lost.legend': 'Whose phone was lost?',
  'prepare.lost.phone': '<b>{name}</b> — Cobo Guard phone. Cobo reports it as <b>{status}</b>: {words}.',
  'prepare.lost.notReportedTitle': 'Cobo does not know of this loss yet',
  'prepare.lost.restored':
    'If {name} restored the key share from backup on the new phone, this is what Cobo shows: nothing more is needed here; abandon this Recovery.',
  'prepare.lost.rehearsal':
    'In this rehearsal, the Holder phones screen plays that part: choose “Lose this phone…” on {name}’s card, then the loss with no backup.',
  'prepare.lost.explainTitle': 'What Cobo reports, and what happens',
  'prepare.lost.explainOld':
    'Cobo reports {name}’s old phone as {changed}, and the Main Key it belongs to as {status}: {words}.',
  'prepare.lost.explainNew':
    'The Recovery Key{holders} re-creates key shares of the same root keys for a new Main Key that holds {name}’s new phone{node}.',
  'prepare.lost.explainHolders': ' ({names})',
  'prepare.lost.explainNode': ' (TSS node {id})',
  'prepare.lost.explainSame':
    'The old Main Key is replaced by the new one. The vault’s root keys, wallets and addresses stay exactly the same; the app checks this at the end.',
  'prepare.lost.waysTitle': 'The way back',
  'prepare.lost.wayRecovery': '<b>Recovery</b> — {why}',
  'prepare.lost.wayUpgrade': '<b>Upgrade a Signing Key to Main</b> — {why}',
  'prepare.lost.newMain':
    'Before the next step, create the new Main Key: Cobo plus {name}’s new phone (a standard vault’s Main Key is 2/2, and no node of another live key may join it). This Recovery waits here; closing the group set-up brings you back.',
  'prepare.lost.upgradeInstead': 'Upgrade a Signing Key instead',
  'prepare.lost.upgradeQuestion':
    'Upgrade a Signing Key instead? This Recovery has sent nothing; it is abandoned on the record, with the upgrade named as the reason, and the upgrade starts.',
  'prepare.lost.upgradeConfirm': 'Abandon this Recovery and upgrade',
  'prepare.lost.keep': 'Keep the Recovery',
  'prepare.restore.title': 'First: restore from backup — no ceremony needed',
  'prepare.restore.backup':
    'If the custodian backed up the key share, they install Cobo Guard (or Portal Mobile) on the new phone and restore it from the backup: Cobo Guard from iCloud with the recovery passphrase, Portal Mobile from iCloud, Google Drive or the local file with its passphrase. The TSS node ID stays the same and Cobo keeps reporting it as {valid}. Cobo Guard then freezes the account until an Admin unfreezes it in Cobo Portal (an organisation whose only member it is stays frozen for 24 hours); Portal Mobile suspends sending for 24 hours after the switch.',
  'prepare.restore.noBackup':
    'Without a backup: for Cobo Guard, Cobo support resets the account; for Portal Mobile, an Admin redistributes the key share. The new phone then has a new TSS node ID, and a ceremony brings the keys back: a Recovery through the Recovery Key, or upgrading an active Signing Key (below).',
  'prepare.restore.otherKeys':
    'A phone that held a Signing or Recovery Key’s share, not the Main Key’s, needs no Recovery: restore it from backup, or set up a new key with the new phone, give it shares from the Main Key (KeyGenFromKeyGroup), then delete the old key.',
  // Recovery drills.
  'prepare.drillKey.legend': 'Key whose recovery files the holders bring',
  'prepare.drillKey.none':
    'No key of this vault holds key shares yet, so there are no recovery files to drill. Run KeyGen first.',
  'prepare.drill.checkForm': 'the file’s form',
  'prepare.drill.checkSameKey': 'the same key as the other files',
  'prepare.drill.checkShare': 'its share matches its public key',
  'prepare.drill.file': 'The holder’s recovery file (.json)',
  'prepare.drill.password': 'Its password, typed by the holder',
  'prepare.drill.check': 'Check this file',
  'prepare.drill.filesLabel': 'Recovery files checked',
  'prepare.drill.fileResult': '<b>{who}</b> ({file}, {hash} <m>{sha}…</m>): {result}',
  'prepare.drill.passed': 'every check passed on {curves}: {checks}.',
  'prepare.drill.curveSeparator': ' and ',
  'prepare.drill.checkSeparator': '; ',
  'prepare.drill.conclude': 'Conclude the drill',
  'prepare.drill.verdictsLabel': 'The drill’s conclusion',
  'prepare.drill.verdict': '<b>{curve}:</b> {summary}',
  // A holder's recovery file, in a rehearsal.
  'prepare.export.open': 'Export {name}’s recovery file…',
  'prepare.export.password':
    'Password for {name}’s recovery file (at least 8 characters; the holder keeps it)',
  'prepare.export.submit': 'Export the recovery file',
  'prepare.export.saved':
    'Saved to {path}. The holder keeps it offline, with its password apart from it; a recovery drill checks it without rebuilding the key.',
} as const;
