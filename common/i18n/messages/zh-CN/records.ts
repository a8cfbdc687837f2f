/** A damaged or refused record's reasons: record-load, record-index, record-check, the journal's checkpoint, the drill's failure. */
import type { Area } from '../area';
import type { records as en } from '../en/records';

export const records = {} as const satisfies Area<typeof en>;
