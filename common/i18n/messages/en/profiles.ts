/** The Profiles screen and its panels. */
export const profiles = {} as const;
