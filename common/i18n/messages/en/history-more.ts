/** More of History: the backups after a ceremony that made key shares; the sandbox's advanced vaults. */
export const historyMore = {
  'history.backups.title': 'Back up the new key shares',
  'history.backups.intro':
    'Each holder below now has a new key share. Cobo’s manual asks for a backup after every key generation; a backup made before this ceremony holds a share that no longer exists.',
  'history.backups.gone':
    'Cobo no longer lists the key these shares were made for: there is nothing left to back up.',
  'history.backups.loading': 'Loading the holders from Cobo…',
  'history.backups.mobile': 'Mobile Signer (Cobo Guard or Portal Mobile)',
  'history.backups.api': 'Server Signer (TSS Node)',
  'history.backups.holder': '<b>{name}</b> <m>— {kind}</m>',
  'history.backups.confirmed': 'Backup confirmed {date}',
  'history.backups.confirm': 'Confirm {name}’s backup is made',
  'history.backups.outstanding':
    '{count, plural, one {One backup is} other {{count} backups are}} not confirmed yet ({names}).',
  'history.backups.outstandingOpen':
    'You can close the ceremony without them; the report lists the backups confirmed, and the vault’s line on the Ceremonies screen names those not confirmed.',
  'history.backups.outstandingClosed':
    'The vault’s line on the Ceremonies screen names them while they are missing.',
  'history.advancedVaults.intro':
    'A standard MPC vault’s Main and Signing Keys are 2/2; other shapes need an advanced vault, which Cobo activates on request. Play Cobo’s part here:',
  'history.advancedVaults.vault': '“{name}” is an advanced MPC vault',
} as const;
