/** More of main's refusals (when errors.ts is full): Cobo, the profiles, the keychain, the boundary. */
export const errorsMore = {
  // Talking to Cobo (main/cobo/errors.ts): Cobo's documented error codes, in plain language.
  'errorsMore.cobo.internal': 'Cobo had an internal error.',
  'errorsMore.cobo.internalHint':
    'Wait a minute and try again. If it keeps happening, contact Cobo support with the reference below.',
  'errorsMore.cobo.method': 'Cobo does not accept this HTTP method here.',
  'errorsMore.cobo.bugReference': 'This is a bug in the app; report it with the reference below.',
  'errorsMore.cobo.missingParam': 'Cobo says a required parameter is missing.',
  'errorsMore.cobo.missingParamHint':
    'Check the values on this screen; if they look right, report it with the reference below.',
  'errorsMore.cobo.invalidParam': 'Cobo refused a parameter as invalid.',
  'errorsMore.cobo.invalidParamHint':
    'Check the values on this screen (group, holders, threshold) and try again.',
  'errorsMore.cobo.rateLimit': 'Cobo is limiting how fast this API key may call it.',
  'errorsMore.cobo.waitsHint':
    'The app waits and tries again by itself; if this persists, pause for a minute.',
  'errorsMore.cobo.noRoute': 'Cobo has no such API endpoint.',
  'errorsMore.cobo.noRouteHint': 'Check that the environment is right; the app may need an update.',
  'errorsMore.cobo.headersMissing': 'Cobo says authentication headers are missing.',
  'errorsMore.cobo.badSignature': 'Cobo refused the request signature.',
  'errorsMore.cobo.badSignatureHint':
    'Check that this profile’s API key is the one registered in Cobo Portal, and that this computer’s clock is right.',
  'errorsMore.cobo.badApiKey': 'Cobo did not accept this API key.',
  'errorsMore.cobo.badApiKeyHint':
    'Check in Cobo Portal that the key is registered and active in this environment (a Development key does not work in Production) and that this computer’s IP is allowed.',
  'errorsMore.cobo.authRefused': 'Cobo refused the authentication of this request.',
  'errorsMore.cobo.forbidden': 'This API key is not allowed to do this.',
  'errorsMore.cobo.forbiddenHint':
    'Ask an organisation admin to give the key the MPC vault and key group permissions in Cobo Portal.',
  'errorsMore.cobo.tooMany': 'Too many requests to Cobo.',
  'errorsMore.cobo.notFound': 'Cobo could not find what was asked for.',
  'errorsMore.cobo.notFoundHint': 'Check that you chose the right vault and group, in the right environment.',
  'errorsMore.cobo.invalidState': 'Cobo says this is not possible in the current state.',
  'errorsMore.cobo.invalidStateHint':
    'Nothing was changed at Cobo. Run the pre-flight checks again: they read the vault and its keys from Cobo and say what is in the way (a request already in progress, a key not active); then choose again.',
  'errorsMore.cobo.duplicate': 'Cobo says this already exists.',
  'errorsMore.cobo.duplicateHint':
    'Nothing new was created. Open the step that lists the vault’s keys again (it reads them from Cobo) to see what exists already; do not create it twice.',
  'errorsMore.cobo.unavailable': 'Cobo is temporarily unavailable.',
  'errorsMore.cobo.unavailableHint': 'Wait a minute and try again.',
  'errorsMore.cobo.refusedStatus': 'Cobo refused the request (HTTP {status}).',
  'errorsMore.cobo.refusedStatusHint': 'Check the values on this screen and try again.',
  // What Cobo said itself is kept as it said it, in a frame.
  'errorsMore.cobo.said': '{explanation} Cobo said: “{coboMessage}”.',
  'errorsMore.cobo.reference': '{explanation} Reference for Cobo support: {errorId}.',
  'errorsMore.cobo.network': 'Could not reach {host} ({reason}).',
  'errorsMore.cobo.networkHint':
    'Check this computer’s network connection and proxy settings, then try again.',
  'errorsMore.cobo.unknownOutcome':
    'The request reached {host} but no answer came back ({reason}); it may or may not have taken effect.',
  'errorsMore.cobo.unknownOutcomeHint':
    'Do not send it again. The app checks with Cobo what happened before doing anything else.',
  'errorsMore.cobo.unknownOutcomeAnd': '{outcome} {error}',
  'errorsMore.cobo.timeout': '{host} did not answer within {seconds} seconds.',
  'errorsMore.cobo.timeoutHint': 'Check the network connection; the app retries reads by itself a few times.',
  'errorsMore.cobo.protocol': 'Cobo answered with something the app does not understand: {what}.',
  'errorsMore.cobo.protocolHint':
    'Try again. If it persists, the app may need an update; report it with the time it happened.',
  'errorsMore.cobo.clockSkew':
    'This computer’s clock is {seconds} seconds {direction} Cobo’s, so Cobo refuses its requests.',
  'errorsMore.cobo.clockBehind': 'behind',
  'errorsMore.cobo.clockAhead': 'ahead of',
  'errorsMore.cobo.clockSkewHint': 'Set the system clock to synchronise automatically (NTP), then try again.',
  // The reasons in the frames above.
  'errorsMore.cobo.reason.noAnswerWithin': 'no answer within {seconds} s',
  'errorsMore.cobo.reason.answerUnreadable': 'Cobo accepted the request but its answer could not be read',
  'errorsMore.cobo.reason.answerUnexpected':
    'Cobo accepted the request but its answer was unexpected ({issues})',
  'errorsMore.cobo.reason.answerWithout': 'Cobo accepted the request but its answer had no {what}',
  'errorsMore.cobo.reason.httpStatus': 'Cobo answered HTTP {status}',
  'errorsMore.cobo.reason.redirect': 'Cobo answered with a redirect (HTTP {status})',
  'errorsMore.cobo.reason.tooLarge': 'answer too large',
  'errorsMore.cobo.reason.cutOffAnswer': 'the answer was cut off',
  'errorsMore.cobo.reason.cutOff': 'answer cut off',
  'errorsMore.cobo.reason.connectionFailed': 'connection failed',
  'errorsMore.cobo.what.notJson': 'the answer is not valid JSON (it may have been cut off)',
  'errorsMore.cobo.what.cursorRepeats': 'a page cursor that repeats',
  'errorsMore.cobo.what.tooManyPages': 'more than {count} pages',
  'errorsMore.cobo.what.redirect': 'a redirect (HTTP {status}), which the app does not follow',
  'errorsMore.cobo.what.tooLarge': 'an answer larger than 10 MB',
  'errorsMore.cobo.outsideBase': 'Refusing to send a request outside {base}.',
  'errorsMore.cobo.bugHint': 'This is a bug in the app; report it.',
  'errorsMore.cobo.badId': 'The {name} "{value}" is not a valid Cobo id.',
  'errorsMore.cobo.badIdHint': 'Choose it again from the list.',
  'errorsMore.cobo.invalidBody': 'The {what} was not sent: {issues}.',
  'errorsMore.cobo.invalidBodyHint': 'Correct the choice on this screen and try again.',
  'errorsMore.cobo.badKeyFormat': 'The {what} must be exactly 64 hexadecimal characters (32 bytes).',
  'errorsMore.cobo.badKeyFormatHint':
    'Check the {what} you entered: it is the hex string shown when the key was created.',
  'errorsMore.cobo.apiSecret': 'API secret',
  'errorsMore.cobo.apiKey': 'API key',
  'errorsMore.cobo.badPath': 'Refusing to sign a request for "{path}": only paths under /v2 can be signed.',
  'errorsMore.cobo.badPathHint': 'This is a bug in the app; report it with the time it happened.',
  'errorsMore.cobo.badNonce': 'A request nonce must be a Unix time in milliseconds.',
  'errorsMore.cobo.badNonceHint': 'This is a bug in the app.',

  // The environments (main/cobo/environments.ts).
  'errorsMore.environment.notAllowed': 'The {environment} environment is not available in the browser host.',
  'errorsMore.environment.notAllowedHint':
    'The browser host only rehearses against the offline sandbox. Use the desktop app for Cobo environments.',
  'errorsMore.environment.badUrl': '"{url}" is not a valid URL.',
  'errorsMore.environment.badUrlHint': 'Use a URL such as https://api.cobo.com/v2.',
  'errorsMore.environment.insecureUrl':
    'Refusing {origin}: plain http is only allowed to this computer (loopback).',
  'errorsMore.environment.insecureUrlHint': 'Use an https URL for any Cobo environment.',
  'errorsMore.environment.urlExtras': 'A base URL must not carry a query, fragment or credentials.',
  'errorsMore.environment.urlExtrasHint': 'Remove them and try again.',
  'errorsMore.environment.urlPath':
    'The base URL must end in /v2 without a trailing slash (got path "{path}").',
  // The profiles (main/profiles/).
  'errorsMore.profile.firstRunFailed': 'The rehearsal profile could not be created.',
  'errorsMore.profile.firstRunFailedHint': 'Create one on the Profiles screen.',
  'errorsMore.profile.fileUnreadable':
    'The profile list at {file} cannot be read ({reason}). It was left untouched.',
  'errorsMore.profile.fileUnreadableHint':
    'Restore it from a backup or move it aside to start a new list; your API secrets are still in the system keychain.',
  'errorsMore.profile.fileNotJson': 'it is not valid JSON',
  'errorsMore.profile.fileSharedId': 'two profiles share an id',
  'errorsMore.profile.secretMissing':
    'The API secret of “{name}” is not in the system keychain: the keychain answered and holds no entry for it.',
  'errorsMore.profile.secretMissingHint':
    'It was removed, or kept in a keyring that is gone (a throwaway keyring of the browser host). A ceremony whose request is under way cannot be followed without it: abandon it on the record (its request is left pending at Cobo). Then delete this profile and import the secret again, or generate a new key.',
  'errorsMore.profile.notFound': 'That profile no longer exists.',
  'errorsMore.profile.notFoundHint': 'Reload the profile list and choose again.',
  'errorsMore.profile.duplicateKey': 'A {environment} profile with this API key exists already.',
  'errorsMore.profile.duplicateKeyHint': 'Use the existing profile, or delete it first.',
  'errorsMore.profile.writeFailed': 'The profile could not be saved in {file}.',
  'errorsMore.profile.writeFailedHint':
    'Check that the disk is not full and the folder is writable, then try again. Nothing was kept.',
  'errorsMore.profile.confirmationMismatch': 'To delete this profile, type its name exactly: “{name}”.',
  'errorsMore.profile.confirmationMismatchHint': 'Nothing was deleted.',
  'errorsMore.secret.hint': 'Paste the API secret exactly as it was generated: 64 characters, 0-9 and a-f.',
  'errorsMore.secret.ecdsaPem':
    'This looks like an ECDSA (secp256k1) private key. Key Ceremony supports Ed25519 API keys only.',
  'errorsMore.secret.ecdsaPemHint':
    'Create an Ed25519 API key (the default in Cobo Portal) and import its 64-character secret, or let the app generate one.',
  'errorsMore.secret.pem': 'This is a PEM key file, not a raw API secret.',
  'errorsMore.secret.empty': 'No API secret was entered.',
  'errorsMore.secret.badCharacter': 'The API secret contains {what} at position {position}.',
  'errorsMore.secret.space': 'a space or line break',
  'errorsMore.secret.notHex': 'a character that is not a hexadecimal digit',
  'errorsMore.secret.joined':
    'This is 128 hex characters (64 bytes): probably a secret and public key joined together. An Ed25519 API secret is exactly 64.',
  'errorsMore.secret.joinedHint':
    'Paste only the first 64 characters if your tool joins the two, after checking which half is the secret.',
  'errorsMore.secret.length':
    'The API secret has {length} hex characters; an Ed25519 API secret has exactly 64.',
  'errorsMore.secret.secp256k1Key':
    'The API key given is a secp256k1 key. Key Ceremony supports Ed25519 API keys only, so this secret would sign with the wrong algorithm.',
  'errorsMore.secret.secp256k1KeyHint':
    'Create an Ed25519 API key in Cobo Portal (the default), or let the app generate one and register its key.',
  'errorsMore.secret.otherPair':
    'The API secret does not belong to the API key given: the key derived from it is different.',
  'errorsMore.secret.otherPairHint': 'Check that you copied the secret and the key from the same key pair.',

  // The system keychain (main/keychain/secret-store.ts).
  'errorsMore.keychain.unavailable':
    'The system keychain is not available, so the API secret cannot be stored or used.',
  'errorsMore.keychain.unavailableHint':
    'Log in to a desktop session with a keychain (on Linux, install and start a Secret Service such as GNOME Keyring), then try again. Nothing was saved.',
  'errorsMore.keychain.locked': 'The system keychain is locked.',
  'errorsMore.keychain.lockedHint':
    'Unlock your keychain (log in again or unlock it in your keyring manager), then try again. Nothing was saved.',
  'errorsMore.keychain.denied': 'The system keychain refused access to Key Ceremony.',
  'errorsMore.keychain.deniedHint':
    'Allow Key Ceremony to use the keychain when your system asks, then try again. Nothing was saved.',
  'errorsMore.keychain.failed': 'The system keychain failed to complete the operation.',
  'errorsMore.keychain.failedHint':
    'Try again. If it keeps failing, restart your keychain service or log out and in again. Nothing was saved.',
  // The keychain's state as the first screen says it, before anything was tried.
  'errorsMore.keychainStatus.unavailable':
    'The system keychain is not available, so no profile can sign a request and none can be created.',
  'errorsMore.keychainStatus.unavailableHint':
    'Install and start the system keychain (on Linux, a Secret Service such as GNOME Keyring, in a desktop session you are logged in to), then restart Key Ceremony.',
  'errorsMore.keychainStatus.locked':
    'The system keychain is locked, so no profile can sign a request and none can be created.',
  'errorsMore.keychainStatus.lockedHint':
    'Unlock it (log in again, or unlock it in your keyring manager), then come back to this screen.',
  'errorsMore.keychainStatus.denied':
    'The system keychain refuses Key Ceremony, so no profile can sign a request and none can be created.',
  'errorsMore.keychainStatus.deniedHint':
    'Allow Key Ceremony to use the keychain when your system asks, then come back to this screen.',
  'errorsMore.keychainStatus.failed':
    'The system keychain did not answer, so no profile can sign a request and none can be created.',
  'errorsMore.keychainStatus.failedHint':
    'Restart your keychain service, or log out and in again, then restart Key Ceremony.',

  // The boundary between the page and main (main/ipc/dispatch.ts, main/browser-host/server.ts, preload/).
  'errorsMore.ipc.forbiddenSender': 'This request did not come from the Key Ceremony window and was refused.',
  'errorsMore.ipc.forbiddenSenderHint':
    'Use the app itself. If you did not expect this, close other programs and restart Key Ceremony.',
  'errorsMore.ipc.internal': 'Something went wrong inside the app while handling "{channel}".',
  'errorsMore.ipc.internalHint':
    'Nothing was changed by this request. Try again; if it happens again, restart Key Ceremony and report the time.',
  'errorsMore.ipc.unknownChannel': 'The app asked for something its main process does not offer.',
  'errorsMore.ipc.unknownChannelHint':
    'Restart Key Ceremony; if it persists, the app may be damaged and should be reinstalled.',
  'errorsMore.ipc.invalidInput': 'The request was refused: {issues}.',
  'errorsMore.ipc.invalidInputForm':
    'The request was refused: its input is not of the form this request takes.',
  'errorsMore.ipc.invalidInputHint': 'Check the value you entered and try again.',
  'errorsMore.ipc.sessionEnded':
    'This tab’s session has ended: Key Ceremony’s browser host was started again after this page was opened.',
  'errorsMore.ipc.sessionEndedHint':
    'Open the new link that “npm run start:browser” printed when it started; this tab cannot be used again. Nothing is lost: the ceremonies are kept and continue where they were.',
  'errorsMore.ipc.badMethod': 'Calls must be POST requests.',
  'errorsMore.ipc.useThePage': 'Use the app page.',
  'errorsMore.ipc.badContentType': 'Calls must send JSON.',
  'errorsMore.ipc.badBody': 'The request body was not valid JSON of the expected form.',
  'errorsMore.ipc.badPath': 'The call’s path is not valid percent-encoding.',
  'errorsMore.preload.mainGone': 'Key Ceremony’s main process is not answering, so nothing was done.',
  'errorsMore.preload.mainGoneHint':
    'Start the app again (npm run start:browser) and open the new link it prints; the ceremonies are kept and continue where they were.',
  'errorsMore.preload.noSession':
    'This tab has no session with the browser host, so nothing can be done from it.',
  'errorsMore.preload.noSessionHint':
    'Go back to the tab the printed link opened (it keeps its session when reloaded), or stop "npm run start:browser" and start it again for a new link.',
  'errorsMore.renderer.unexpected': 'Something unexpected happened in the page.',
  'errorsMore.renderer.unexpectedHint': 'Reload the page; nothing was sent.',
  // Why a witness's key or signature is refused (main/journal/sshsig.ts).
  'errorsMore.sshsig.offCurve': 'the public key is not a valid key of its type (a point off its curve?)',
  'errorsMore.sshsig.truncated': 'the signature is truncated',
  'errorsMore.sshsig.ecdsaCompressed': 'an ECDSA key must be an uncompressed point',
  'errorsMore.sshsig.ed25519Length': 'an Ed25519 key is 32 bytes',
  'errorsMore.sshsig.ecdsaCurve': 'unsupported ECDSA curve in {type}',
  'errorsMore.sshsig.rsaShort': 'an RSA key shorter than 2048 bits is refused',
  'errorsMore.sshsig.keyType': 'keys of type {type} are not accepted',
  'errorsMore.sshsig.keyTrailing': 'the public key has trailing data',
  'errorsMore.sshsig.notSsh': 'this is not an SSH signature (no BEGIN SSH SIGNATURE block)',
  'errorsMore.sshsig.notSshsig': 'this is not an SSHSIG signature',
  'errorsMore.sshsig.version': 'an SSHSIG version this app does not know',
  'errorsMore.sshsig.hash': 'the hash algorithm {hashAlgorithm} is not one SSHSIG allows',
  'errorsMore.sshsig.sigTrailing': 'the signature has trailing data',
  'errorsMore.sshsig.ecdsaLong': 'an ECDSA signature value is too long',
  'errorsMore.sshsig.namespace': 'the signature is for the namespace “{signed}”, not “{namespace}”',
  'errorsMore.sshsig.rsaFormat':
    'the RSA signature uses {format}: only rsa-sha2-256 and rsa-sha2-512 are accepted',
  'errorsMore.sshsig.presence':
    'the security key did not record a user’s presence (its user-presence flag is clear)',
  'errorsMore.sshsig.blobTrailing': 'the signature blob has trailing data',
  'errorsMore.sshsig.mismatch': 'the signature does not match the message and the key',
  'errorsMore.sshsig.lineNoKey': 'allowed_signers line {line} has no key',
  'errorsMore.sshsig.lineWrongType': 'allowed_signers line {line}: the key is not a {type}',
  'errorsMore.sshsig.notAllowed': 'the signature is by a key that is not among the plan’s allowed signers',
  'errorsMore.sshsig.namespaceNotAllowed': 'the plan allows this signer only for {namespaces}',
} as const;
