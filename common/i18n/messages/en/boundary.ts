/** What the boundaries refuse: the IPC contract's and the bridge's schema problems, and Cobo's data without a name. */
export const boundary = {} as const;
