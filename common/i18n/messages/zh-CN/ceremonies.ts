/** The list of ceremonies, each kind's steps (titles and intros), the ceremony screen around them. */
import type { Area } from '../area';
import type { ceremonies as en } from '../en/ceremonies';

export const ceremonies = {} as const satisfies Area<typeof en>;
