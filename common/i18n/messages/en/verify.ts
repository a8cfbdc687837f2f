/** The Verify screen. */
export const verify = {
  'verify.title': 'Verify a transcript',
  'verify.signerHow': '{key}: {how}',
  'verify.notOurKey': 'not a key of this installation',
  'verify.lead':
    'Checks a ceremony transcript’s signature, its hash chain and its header. Nothing leaves this computer.',
  'verify.ownKey': 'This installation’s transcript key fingerprint:',
  'verify.expectHead': 'Journal head written down at the ceremony (optional)',
  'verify.file': 'Transcript file (.json)',
  'verify.whereEntry': 'Where: journal entry {line}',
  'verify.whereKind': ' ({kind})',
  'verify.whereField': ', field {field}',
  'verify.whereHeader': 'Where: the header, field {field}',
  'verify.incomplete':
    'Nothing in it was changed, but it does not end with the ceremony’s closing entry: either the ceremony was still open when it was exported, or its last entries were cut. Ask for the transcript of the closed ceremony.',
  'verify.signedByThis': 'Signed by this installation’s own key.',
  'verify.signedByPrevious': 'Signed by a previous key of this installation (replaced since).',
  'verify.signedUnattested':
    'Signed by a key this installation recorded as its own, but no earlier key signed for it (it was made after a loss): it is genuine only if its fingerprint is the one given to your auditors.',
  'verify.signedUnknown':
    'Signed by a key this installation does not know ({fingerprint}). It is genuine only if that is the fingerprint its signer gave you, and only if every key that signed it is; the command line (npm run verify-transcript) names each.',
  'verify.witnesses':
    'Witnesses’ co-signatures of the closing head {head}, against the keys its plan fixed: {attested}{dissented}{refused}. The keys come from the record’s own plan: they prove the witnesses signed only if each is the key its witness gave you.',
  'verify.witnessesAttested': 'co-signed by {names}',
  'verify.witnessesNone': 'no witness co-signed',
  'verify.witnessesDissented': '; dissent signed by {names}',
  'verify.witnessesRefused': '; not counted: {file}: {reason}',
} as const;
