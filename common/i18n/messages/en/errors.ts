/** Main's refusals and failures: what happened, and what to do next. */
export const errors = {} as const;
