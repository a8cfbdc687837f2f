/** The room checks before a ceremony, in the words the pre-flight step and the report both use. */
import type { ChecklistItem } from '../contract';
import type { MessageKey } from '../i18n/translate';

export const ROOM_CHECK_KEYS: Readonly<Record<ChecklistItem, MessageKey>> = {
  workstation_prepared: 'report.roomCheck.workstationPrepared',
  custodians_identified: 'report.roomCheck.custodiansIdentified',
  witnesses_present: 'report.roomCheck.witnessesPresent',
};

/**
 * A time on the record as the report prints it: date, time and the time zone, so a reader elsewhere can
 * place it; in the system's way of writing dates unless a language is given (a page printed in another).
 */
export const recordTime = (iso: string, locale?: string): string =>
  new Date(iso).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'long' });
