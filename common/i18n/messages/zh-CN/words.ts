/** Words the shared code gives both processes: kinds, statuses, rules, standings. */
import type { Area } from '../area';
import type { words as en } from '../en/words';

export const words = {} as const satisfies Area<typeof en>;
