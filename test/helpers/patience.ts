/**
 * How long a test waits for a condition to hold. A wait ends as soon as its condition holds, so a
 * generous outer limit costs nothing on an idle machine, and a busy one (a shared CI machine, or
 * `npm run test:busy`) still passes: every limit is the idle figure times KC_TEST_PATIENCE (default 4).
 * Mutation testing caps the default waits of the rigs (`capped`, KC_TEST_WAIT_MS): a mutant that stops
 * a ceremony from moving then fails its test sooner.
 */
const positive = (text: string | undefined): number | null => {
  const value = Number(text);
  return Number.isFinite(value) && value > 0 ? value : null;
};

export const PATIENCE = positive(process.env.KC_TEST_PATIENCE) ?? 4;

/** The outer limit for a wait that takes `idleMs` at most on an idle machine. */
export const within = (idleMs: number): number => idleMs * PATIENCE;

/** A default wait's limit, shortened under mutation testing. */
export function capped(limitMs: number): number {
  const cap = positive(process.env.KC_TEST_WAIT_MS);
  return cap === null ? limitMs : Math.min(cap, limitMs);
}
