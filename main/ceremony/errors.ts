/**
 * The ceremony's refusals, each in words an officer can act on: what happened, and what to do next.
 * Said as message keys (issue #32): main logs the English, the page says them in its language.
 */
import { CEREMONY_KINDS } from '../../common/ceremony/kinds';
import type { CeremonyKind, ErrorPayload } from '../../common/contract';
import type { Said, SaidValue } from '../../common/i18n/said';
import { said } from '../../common/i18n/translate';
import { AppError, isAppError, saidPayload as payload } from '../app-error';
import { joinSaid } from '../../common/i18n/said-list';

const refuse = (code: string, message: Said, hint: Said) => new AppError(code, message, hint);

export const notFound = () =>
  refuse('ceremony.not_found', said('errors.ceremony.notFound'), said('errors.ceremony.notFoundHint'));
export const locked = () =>
  refuse('ceremony.locked', said('errors.ceremony.locked'), said('errors.ceremony.lockedHint'));
export const noVault = () =>
  refuse('ceremony.no_vault', said('errors.ceremony.noVault'), said('errors.ceremony.noVaultHint'));
export const alreadySubmitted = () =>
  refuse(
    'ceremony.already_submitted',
    said('errors.ceremony.alreadySubmitted'),
    said('errors.ceremony.alreadySubmittedHint'),
  );
export const notReviewed = () =>
  refuse(
    'ceremony.not_reviewed',
    said('errors.ceremony.notReviewed'),
    said('errors.ceremony.notReviewedHint'),
  );
export const confirmationMismatch = (vaultName: string | null) =>
  refuse(
    'ceremony.confirmation_mismatch',
    said('errors.ceremony.confirmationMismatch'),
    said('errors.ceremony.confirmationMismatchHint', { name: vaultName ?? '' }),
  );
/** The problem is a sentence of its own (a Said, or English text from a check not said as keys yet). */
export const notReadyToSend = (problem: SaidValue) =>
  refuse(
    'ceremony.not_ready',
    said('errors.ceremony.notReadyToSend', { problem }),
    said('errors.ceremony.notReadyToSendHint'),
  );
export const notReadyForReview = (missing: readonly Said[]) =>
  refuse(
    'ceremony.not_ready',
    said('errors.ceremony.notReadyForReview', { missing: joinSaid(missing, 'semicolon') }),
    said('errors.ceremony.notReadyForReviewHint'),
  );
export const reviewStale = () =>
  refuse(
    'ceremony.review_stale',
    said('errors.ceremony.reviewStale'),
    said('errors.ceremony.reviewStaleHint'),
  );
export const notTheOtherWayBack = (kind: CeremonyKind, instead: CeremonyKind) =>
  refuse(
    'ceremony.not_the_other_way_back',
    said('errors.ceremony.notTheOtherWayBack', {
      kind: said(CEREMONY_KINDS[kind].shortTitleKey),
      instead: said(CEREMONY_KINDS[instead].shortTitleKey),
    }),
    said('errors.ceremony.notTheOtherWayBackHint'),
  );
export const nothingToCheck = () =>
  refuse(
    'ceremony.nothing_to_check',
    said('errors.ceremony.nothingToCheck'),
    said('errors.ceremony.nothingToCheckHint'),
  );
export const notCancellable = () =>
  refuse(
    'ceremony.not_cancellable',
    said('errors.ceremony.notCancellable'),
    said('errors.ceremony.notCancellableHint'),
  );
export const cancelUnderWay = () =>
  refuse(
    'ceremony.cancel_under_way',
    said('errors.ceremony.cancelUnderWay'),
    said('errors.ceremony.cancelUnderWayHint'),
  );
export const noNewKeys = () =>
  refuse('ceremony.not_finished', said('errors.ceremony.noNewKeys'), said('errors.ceremony.noNewKeysHint'));
export const noBackupsAsked = () =>
  refuse('ceremony.no_backups', said('errors.ceremony.noBackups'), said('errors.ceremony.noBackupsHint'));
export const notACustodian = () =>
  refuse(
    'ceremony.not_a_custodian',
    said('errors.ceremony.notACustodian'),
    said('errors.ceremony.notACustodianHint'),
  );
export const notAtEnd = () =>
  refuse(
    'ceremony.not_finished',
    said('errors.ceremony.notFinished'),
    said('errors.ceremony.notFinishedHint'),
  );
export const rootKeysChanged = () =>
  refuse(
    'ceremony.root_keys_changed',
    said('errors.ceremony.rootKeysChanged'),
    said('errors.ceremony.rootKeysChangedHint'),
  );
export const notVerified = () =>
  refuse(
    'ceremony.not_verified',
    said('errors.ceremony.notVerified'),
    said('errors.ceremony.notVerifiedHint'),
  );
export const notAbandonable = () =>
  refuse(
    'ceremony.not_abandonable',
    said('errors.ceremony.notAbandonable'),
    said('errors.ceremony.notAbandonableHint'),
  );

/** Shown while a send's outcome stays unknown after looking for it. */
export const OUTCOME_UNKNOWN: ErrorPayload = payload(
  'ceremony.outcome_unknown',
  said('errors.ceremony.outcomeUnknown'),
  said('errors.ceremony.outcomeUnknownHint'),
);

/** Cobo acted, but the root keys could not be read to check them. */
export const KEYS_UNREAD: ErrorPayload = payload(
  'ceremony.keys_unread',
  said('errors.ceremony.keysUnread'),
  said('errors.ceremony.keysUnreadHint'),
);

const INTERNAL: ErrorPayload = payload(
  'internal',
  said('errors.ceremony.internal'),
  said('errors.ceremony.internalHint'),
);

/** What a failure says on the ceremony: our own words, or a neutral internal error (a foreign message may leak). */
export const errorOf = (error: unknown): ErrorPayload => (isAppError(error) ? error.toPayload() : INTERNAL);
export const recordDamaged = () =>
  refuse(
    'ceremony.record_damaged',
    said('errors.ceremony.recordDamaged'),
    said('errors.ceremony.recordDamagedHint'),
  );
export const noWitnesses = () =>
  refuse(
    'ceremony.no_witnesses',
    said('errors.ceremony.noWitnesses'),
    said('errors.ceremony.noWitnessesHint'),
  );
