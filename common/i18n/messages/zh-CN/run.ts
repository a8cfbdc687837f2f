/** The steps that run a ceremony: pre-flight, check-in, review, live status, verification, close; their panels. */
import type { Area } from '../area';
import type { run as en } from '../en/run';

export const run = {} as const satisfies Area<typeof en>;
