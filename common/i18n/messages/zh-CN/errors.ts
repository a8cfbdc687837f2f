/** Main's refusals and failures: what happened, and what to do next. */
import type { Area } from '../area';
import type { errors as en } from '../en/errors';

export const errors = {} as const satisfies Area<typeof en>;
