/** The report, the run sheet and the journal reader. */
export const report = {} as const;
