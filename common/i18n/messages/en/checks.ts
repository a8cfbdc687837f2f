/** What main's checks report: the pre-flight checks, the connection test, the report's checks. */
export const checks = {
  // A recovery file refused (common/recovery-kit/file-format.ts, main/recovery-kit/share-check.ts).
  'checks.file.tooLarge':
    'The file is larger than {kib} KiB: a recovery file is a few KiB. Check that this is the file the holder exported.',
  'checks.file.notJson':
    'The file is not JSON: it may be truncated or not a recovery file. Ask the holder to export it again.',
  'checks.file.noGroup': 'The file holds no recovery group.',
  'checks.file.otherKeysFile':
    "The file holds no recovery group {groupId}: it is another key's file ({held}). Ask the holder for this key's file.",
  'checks.file.whichGroup':
    "The file holds {count} recovery groups ({held}), and none of them alone declares the expected root key: name the key's group ID.",
  'checks.file.groupMalformed':
    'Recovery group {n} of the file: {where} {what}. The file may be edited or damaged: ask the holder to export it again.',
  'checks.file.notAsCobo': 'is not as Cobo writes it',
  'checks.file.kdfHash':
    'The file’s key derivation uses hash number {hash}, which Cobo’s files do not use. The file may be edited: ask the holder to export it again.',
  'checks.file.passwordShort':
    'The password is shorter than 8 characters: Cobo sets at least 8. Type the password chosen when this file was exported.',
  'checks.file.passwordWrong':
    'The password does not open this file (or the file was changed since it was exported). Let the holder type it again; after three tries, have them export the file again with a new password.',
  'checks.file.notAShare':
    'The file opened, but what it holds is not a key share as Cobo writes one. Ask the holder to export the file again.',
  'checks.file.shareMismatch':
    'The key share in this file does not match the share public key the file declares: the file was changed or damaged. Do not rely on it; have the holder export it again.',
  'checks.problem.drillNoKey': 'Choose the key whose recovery files are drilled.',
  'checks.problem.drillNoShares': 'This key holds no key shares yet: there are no recovery files to drill.',
  'checks.problem.vaultUnnamed': 'Name the new vault.',
  'checks.problem.vaultNameTaken':
    'A vault named “{name}” exists already; choose another name so the two cannot be confused.',
  // The connection test (main/profiles/connection-test.ts).
  'checks.connection.sandboxSilent': 'The offline sandbox on this computer did not answer.',
  'checks.connection.sandboxSilentHint':
    'It runs inside Key Ceremony itself, so no network or proxy is involved: restart Key Ceremony (or “npm run start:browser”) and test again.',
  'checks.connection.clockOff':
    'Connected, but this computer’s clock is {seconds} s off Cobo’s; requests will start failing.',
  'checks.connection.clockOffHint': 'Set the system clock to synchronise automatically (NTP).',
  'checks.connection.ok': 'Connected and authenticated.',
  'checks.connection.okHint': 'This profile is ready for a ceremony.',

  // The pre-flight checks (main/ceremony/preflight.ts).
  'checks.preflight.secretHeld': 'The system keychain holds this profile’s API secret.',
  'checks.preflight.secretMissing': 'The API secret is missing from the keychain.',
  'checks.preflight.secretMissingHint':
    'Unlock the keychain, or import the secret again on the Profiles screen.',
  'checks.preflight.reachable': 'Cobo is reachable and accepts this API key.',
  'checks.preflight.clockUncomparedOk': 'The clock could not be compared, but requests are accepted.',
  'checks.preflight.clockUncompared': 'The clock could not be compared with Cobo’s.',
  'checks.preflight.clockSkew': 'This computer’s clock is {seconds} s from Cobo’s (limit {limit} s).',
  'checks.preflight.clockSkewHint': 'Set the system clock to synchronise automatically (NTP).',
  'checks.preflight.selectionHint': 'Go back and change the choice.',
  'checks.preflight.quorum': 'Holders: {sentence}',
  'checks.preflight.quorumHint':
    'Ask the offline holders to open Cobo Guard (or bring the node online), then run the checks again.',
  'checks.preflight.noRequestInProgress': 'No TSS request is in progress on the chosen key ({group}).',
  'checks.preflight.requestInProgress':
    'A TSS request is already in progress on the chosen key ({group}): {requests}. Cobo refuses another until it ends.',
  'checks.preflight.openRequest': '{type} {id} (status {status})',
  'checks.preflight.request': 'request',
  'checks.preflight.requestInProgressHint':
    'Nothing was sent. Follow that request to its end, or cancel it while Cobo still allows it, from the ceremony that sent it (Ceremonies, open ceremonies) or in Cobo Portal; then run the checks again.',

  // What a protocol says when the choices fit (main/ceremony/protocols/).
  'checks.ready.groups': 'The chosen groups are in the state this ceremony needs.',
  'checks.ready.retirement': 'The group can be retired, and what is lost is confirmed.',
  'checks.ready.upgrade': 'The Signing Key is active and can become the Main Key.',
  'checks.ready.vaultCreation': 'The new vault’s name is free in this organisation.',
  'checks.ready.offlineDrill': 'The key holds key shares: its holders’ recovery files can be drilled.',

  // The recovery drill's file checks (main/recovery-kit/kit-check.ts).
  'checks.drill.inconsistent':
    'The file is not consistent: {problem}. It may be edited: ask the holder to export it again.',
  'checks.drill.anotherKey':
    'This file belongs to another key of the vault (its participants are not this key’s holders as Cobo lists them): ask the holder for this key’s file. If the key was reshared since, the file is outdated and should be destroyed.',
  'checks.drill.otherKey': 'This file does not belong with the others: {problem}.',
  // What is wrong inside one file, or against the first file (main/recovery-kit/kit-check.ts): the drill
  // says them inside checks.drill.inconsistent and checks.drill.otherKey, verify-recovery-kit on their own.
  'checks.kit.problem.threshold': 'its threshold is larger than its number of participants',
  'checks.kit.problem.sameField': 'two participants have the same {field}',
  'checks.kit.problem.noParticipant': 'its share belongs to no participant',
  'checks.kit.problem.ownEntry': 'its share does not match its participant entry',
  'checks.kit.problem.fieldDiffers': "its {field} differs from the first file''s: it belongs to another key",
  'checks.kit.problem.participantsDiffer':
    'its participants differ from the first file’s: it belongs to another key',
  'checks.kit.problem.sameShare':
    'it holds the same share as an earlier file (node {node}): each holder brings their own',
} as const;
