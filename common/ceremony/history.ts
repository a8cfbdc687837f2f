import type { Ceremony } from '../contract';

/** A ceremony that is closed or abandoned: nothing more happens to it, it is history. */
export const isOver = (phase: Ceremony['phase'] | undefined): boolean =>
  phase === 'closed' || phase === 'abandoned';

/** History's page: ceremonies that are over are listed this many at a time, newest first. */
export const HISTORY_PAGE = 15;

/**
 * The witnesses of the newest other ceremony in the same environment that recorded some, to offer
 * again (a team rehearses and runs ceremonies with the same people); null when there is none.
 */
export function lastWitnesses(
  ceremonies: readonly Pick<Ceremony, 'id' | 'environment' | 'witnesses' | 'createdAt'>[],
  current: Pick<Ceremony, 'id' | 'environment'>,
): readonly string[] | null {
  const earlier = ceremonies
    .filter((c) => c.id !== current.id && c.environment === current.environment && c.witnesses.length > 0)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return earlier[0]?.witnesses ?? null;
}
