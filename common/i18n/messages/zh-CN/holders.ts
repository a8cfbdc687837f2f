/** The sandbox's Holder phones screen. */
import type { Area } from '../area';
import type { holders as en } from '../en/holders';

export const holders = {} as const satisfies Area<typeof en>;
