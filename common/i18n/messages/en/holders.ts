/** The sandbox's Holder phones screen. */
export const holders = {} as const;
