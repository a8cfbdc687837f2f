/** The run sheet and the annotated script. */
export const reportScript = {} as const;
