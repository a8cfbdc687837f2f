/** The report, the run sheet and the journal reader. */
import type { Area } from '../area';
import type { report as en } from '../en/report';

export const report = {} as const satisfies Area<typeof en>;
