/** The command line beyond verify-transcript: verify-all and verify-recovery-kit. */
export const cliMore = {} as const;
