/** More of the preparing steps (when prepare.ts is full). */
import type { Area } from '../area';
import type { prepareMore as en } from '../en/prepare-more';

export const prepareMore = {} as const satisfies Area<typeof en>;
