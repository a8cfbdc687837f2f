/** A damaged or refused record's reasons: record-load, record-index, record-check, the journal's checkpoint, the drill's failure. */
export const records = {} as const;
