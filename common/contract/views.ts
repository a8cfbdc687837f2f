/** Shapes the page reads and nothing else uses: a new transcript key, the officer's key names, a journal entry. */
import { z } from 'zod';

/** A new transcript key, as About shows it. */
export const ReplacedInstallationKey = z.strictObject({
  publicKey: z.string(),
  fingerprint: z.string(),
  previousFingerprint: z.string(),
  /** The replaced key signed the new key's introduction. */
  attested: z.boolean(),
  /** Ceremonies still open: signed by the replaced key, they can now only be abandoned. */
  openCeremonies: z.number().int(),
});

/** The names the officer gave keys, by key share holder group ID. */
export const KeyNames = z.strictObject({ names: z.record(z.string(), z.string()) });
export type KeyNames = z.infer<typeof KeyNames>;

/** One journal entry as History's reader shows it: its number, time, kind and values (no signature). */
export const JournalEntryView = z.strictObject({
  seq: z.number().int(),
  at: z.string(),
  kind: z.string(),
  data: z.record(z.string(), z.unknown()),
});
export type JournalEntryView = z.infer<typeof JournalEntryView>;
