/** More shared words (when words.ts is full). */
import type { Area } from '../area';
import type { wordsMore as en } from '../en/words-more';

export const wordsMore = {} as const satisfies Area<typeof en>;
