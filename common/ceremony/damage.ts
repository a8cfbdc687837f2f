/**
 * What to do about a damaged record, said the same way wherever one is found: the Verify screen and
 * `verify-transcript` for a transcript someone handed over, History for this installation's own files.
 * The words live in the message catalogue; these are the English ones, for main and the command line.
 */
import { en } from '../i18n/messages/en';

/** A transcript that did not verify: it was changed (or cut) after it was signed. */
export const DAMAGED_TRANSCRIPT_ADVICE = en['record.damagedTranscriptAdvice'];

/** One of this installation's own records that does not hold together. */
export const DAMAGED_RECORD_ADVICE = en['record.damagedRecordAdvice'];
