/**
 * What to do about a damaged record, said the same way wherever one is found: the Verify screen and
 * `verify-transcript` for a transcript someone handed over, History for this installation's own files.
 */

/** A transcript that did not verify: it was changed (or cut) after it was signed. */
export const DAMAGED_TRANSCRIPT_ADVICE =
  'What to do: rely on nothing in this transcript. Keep the file exactly as it is, ask the installation that ran the ceremony for a new export of its transcript and check that one, compare the journal head with the witnesses’ sheets, and report it to your security team with this file and the place named above.';

/** One of this installation's own records that does not hold together. */
export const DAMAGED_RECORD_ADVICE =
  'What to do: keep the data folder as it is (change nothing in it), export the transcript marked as damaged for your security team, compare its journal head with the witnesses’ sheets, and report it with the place named above. Do not repeat the ceremony on the strength of this record.';
