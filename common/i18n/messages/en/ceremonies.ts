/** The list of ceremonies, each kind's steps (titles and intros), the ceremony screen around them. */
export const ceremonies = {} as const;
