/** The live status, verification and close steps (when run.ts is full). */
import type { Area } from '../area';
import type { runStatus as en } from '../en/run-status';

export const runStatus = {} as const satisfies Area<typeof en>;
