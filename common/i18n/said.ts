/**
 * A sentence main says to the page, as data (issue #32): a message key and its values, a value being
 * text, a number, or another sentence. Main keeps the English for its logs and the command line; the
 * page says it again in the screens' language. The journal never holds these, only kinds and values.
 * This file names no message, so the contract (and the preload that checks it) carries no catalogue.
 */
import { z } from 'zod';

export type SaidValue = string | number | Said;
export interface Said {
  readonly key: string;
  readonly values?: Readonly<Record<string, SaidValue>>;
}

/** What crosses the boundary: the shape of a key and bounded values; whether the key is known is the page's. */
export const SaidSchema: z.ZodType<Said> = z.lazy(() =>
  z.strictObject({
    key: z.string().regex(/^[A-Za-z][\w.-]{0,119}$/),
    values: z.record(z.string().max(40), z.union([z.string().max(2000), z.number(), SaidSchema])).optional(),
  }),
);
