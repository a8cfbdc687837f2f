/**
 * The ceremony's refusals, each in words an officer can act on: what happened, and what to do next.
 */
import { CEREMONY_KINDS } from '../../common/ceremony/kinds';
import type { CeremonyKind, ErrorPayload } from '../../common/contract';
import { AppError, isAppError } from '../app-error';

const refuse = (code: string, message: string, hint: string) => new AppError(code, message, hint);

export const notFound = () =>
  refuse(
    'ceremony.not_found',
    'That ceremony does not exist.',
    'Choose it again from the list of ceremonies.',
  );
export const locked = () =>
  refuse(
    'ceremony.locked',
    'This ceremony has been submitted; its choices can no longer change.',
    'Follow it to the end, or start a new ceremony.',
  );
export const noVault = () =>
  refuse('ceremony.no_vault', 'No vault is chosen yet.', 'Choose the vault first.');
export const alreadySubmitted = () =>
  refuse(
    'ceremony.already_submitted',
    'This ceremony has already been submitted.',
    'Follow its status; it is never sent twice.',
  );
export const notReviewed = () =>
  refuse('ceremony.not_reviewed', 'Review the request before sending it.', 'Open the Review step.');
export const confirmationMismatch = (vaultName: string | null) =>
  refuse(
    'ceremony.confirmation_mismatch',
    'In Production, type the vault’s name exactly to send the request.',
    `Type “${vaultName ?? ''}” and try again. Nothing was sent.`,
  );
export const notReadyToSend = (problem: string) =>
  refuse(
    'ceremony.not_ready',
    `The request was not sent: ${problem}`,
    'Go back, correct the choice, and review again.',
  );
export const notReadyForReview = (missing: readonly string[]) =>
  refuse(
    'ceremony.not_ready',
    `Before review: ${missing.join('; ')}.`,
    'Complete the earlier steps, then open the review again.',
  );
export const reviewStale = () =>
  refuse(
    'ceremony.review_stale',
    'What would be sent differs from what was reviewed.',
    'Review the request again, then send it.',
  );
export const notTheOtherWayBack = (kind: CeremonyKind, instead: CeremonyKind) =>
  refuse(
    'ceremony.not_the_other_way_back',
    `A ${CEREMONY_KINDS[kind].shortTitle} does not give way to a ${CEREMONY_KINDS[instead].shortTitle}: only the two ways back after a lost phone (Recovery, upgrading a Signing Key to Main) replace each other.`,
    'Nothing was changed. Abandon this ceremony on its own, then start the other one.',
  );
export const nothingToCheck = () =>
  refuse(
    'ceremony.nothing_to_check',
    'There is no request of unknown outcome to look for.',
    'Nothing to do.',
  );
export const notCancellable = () =>
  refuse(
    'ceremony.not_cancellable',
    'This request can no longer be cancelled.',
    'Key generation has started or the request has ended.',
  );
export const noNewKeys = () =>
  refuse(
    'ceremony.not_finished',
    'There are no new keys to compare yet.',
    'Wait for the request to succeed.',
  );
export const noBackupsAsked = () =>
  refuse(
    'ceremony.no_backups',
    'This ceremony made no new key shares, so there is no backup to confirm.',
    'Backups follow a KeyGen, KeyGenFromKeyGroup or Recovery that succeeded.',
  );
export const notACustodian = () =>
  refuse(
    'ceremony.not_a_custodian',
    'This TSS node is not one of the custodians checked in for this ceremony, so its backup cannot be confirmed here.',
    'Confirm the backups of the holders listed on the Close step.',
  );
export const notAtEnd = () =>
  refuse('ceremony.not_finished', 'The ceremony has not reached its end yet.', 'Follow it to the end first.');
export const rootKeysChanged = () =>
  refuse(
    'ceremony.root_keys_changed',
    'The root keys changed: do not confirm them.',
    'Stop and contact Cobo support.',
  );
export const notVerified = () =>
  refuse(
    'ceremony.not_verified',
    'Record that the custodians compared the root keys with their devices first.',
    'Open the Verify step.',
  );
export const notAbandonable = () =>
  refuse(
    'ceremony.not_abandonable',
    'A submitted ceremony is followed to its end, not abandoned.',
    'Cancel the request if it can still be cancelled. Only a ceremony that can no longer be followed (its API secret gone from the keychain, or its transcript key replaced) is abandoned with its request left pending.',
  );

/** Shown while a send's outcome stays unknown after looking for it. */
export const OUTCOME_UNKNOWN: ErrorPayload = {
  code: 'ceremony.outcome_unknown',
  message:
    'The request was sent, but no answer came back, and Cobo does not list it yet. It may still appear, or it may never have arrived.',
  hint: 'Do not start the same ceremony again yet. Choose “Check again” in a minute; if it still does not appear, check Cobo Portal, then abandon this ceremony and start a new one.',
};

/** Cobo acted, but the root keys could not be read to check them. */
export const KEYS_UNREAD: ErrorPayload = {
  code: 'ceremony.keys_unread',
  message: 'Cobo did what was asked, but the vault’s root keys could not be read to check them.',
  hint: 'Choose “Check again”: the app reads them and checks they are unchanged. Nothing is sent again.',
};

/** What a failure says on the ceremony: our own words, or a neutral internal error (a foreign message may leak). */
export const errorOf = (error: unknown): ErrorPayload =>
  isAppError(error)
    ? error.toPayload()
    : {
        code: 'internal',
        message: 'Something went wrong inside the app.',
        hint: 'Try again; if it persists, restart Key Ceremony.',
      };
export const recordDamaged = () =>
  refuse(
    'ceremony.record_damaged',
    'This ceremony’s record is damaged, so the app will not change it.',
    'History shows what is wrong and where. Export it (it is marked as damaged) and start a new ceremony.',
  );
export const noWitnesses = () =>
  refuse(
    'ceremony.no_witnesses',
    'No witness was named, so nothing was saved.',
    'Type the name of each witness in the room, one per line, then save again: a ceremony needs at least one witness.',
  );
