/** What the boundaries refuse: the IPC contract's and the bridge's schema problems, and Cobo's data without a name. */
import type { Area } from '../area';
import type { boundary as en } from '../en/boundary';

export const boundary = {} as const satisfies Area<typeof en>;
