/** More of the preparing steps (when prepare.ts is full). */
export const prepareMore = {} as const;
