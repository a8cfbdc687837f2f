/** More of History (when history.ts is full). */
export const historyMore = {} as const;
