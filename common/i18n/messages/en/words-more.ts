/** More shared words (when words.ts is full). */
export const wordsMore = {} as const;
