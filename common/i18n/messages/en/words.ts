/** Words the shared code gives both processes: kinds, statuses, rules, standings. */
export const words = {} as const;
