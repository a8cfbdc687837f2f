/** The room checks before a ceremony, in the words the pre-flight step and the report both use. */
import type { ChecklistItem } from '../contract';

export const ROOM_CHECK_WORDS: Readonly<Record<ChecklistItem, string>> = {
  workstation_prepared: 'The workstation is prepared: dedicated, up to date, no one else at the keyboard',
  custodians_identified: 'Every custodian’s identity has been checked',
  witnesses_present: 'The witnesses are present',
};

/** A time on the record as the report prints it: date, time and the time zone, so a reader elsewhere can place it. */
export const recordTime = (iso: string): string =>
  new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'long' });
