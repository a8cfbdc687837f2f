/** The steps that prepare a ceremony: profile, vault, keys, design, upgrade, deletion, lost phone, drills. */
export const prepare = {} as const;
