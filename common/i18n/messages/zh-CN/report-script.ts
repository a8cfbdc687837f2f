/** The run sheet and the annotated script. */
import type { Area } from '../area';
import type { reportScript as en } from '../en/report-script';

export const reportScript = {} as const satisfies Area<typeof en>;
