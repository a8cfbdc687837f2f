/** The steps that run a ceremony: pre-flight, check-in, review, live status, verification, close; their panels. */
export const run = {} as const;
