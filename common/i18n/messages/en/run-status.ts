/** The live status, verification and close steps (when run.ts is full). */
export const runStatus = {} as const;
