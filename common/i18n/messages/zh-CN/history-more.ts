/** More of History (when history.ts is full). */
import type { Area } from '../area';
import type { historyMore as en } from '../en/history-more';

export const historyMore = {} as const satisfies Area<typeof en>;
