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

type DesignedHolder = NonNullable<Ceremony['selection']['design']>['holders'][number];

/**
 * The holders typed into the newest other key set-up of the same vault that did not make its key
 * (abandoned, failed, or still open), to offer again by name and TSS node ID: the officer need not
 * read 44 characters aloud twice. Those Cobo lists, or already in this design, are not offered again.
 */
export function lastRoster(
  ceremonies: readonly Pick<Ceremony, 'id' | 'kind' | 'outcome' | 'selection' | 'createdAt'>[],
  current: Pick<Ceremony, 'id' | 'selection'>,
  listedOrAdded: ReadonlySet<string>,
): DesignedHolder[] {
  const last = ceremonies
    .filter(
      (c) =>
        c.id !== current.id &&
        c.kind === 'GroupSetup' &&
        c.selection.vaultId === current.selection.vaultId &&
        (c.selection.design?.holders.length ?? 0) > 0,
    )
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
  if (!last || last.outcome === 'success') return [];
  return (last.selection.design?.holders ?? []).filter((h) => !listedOrAdded.has(h.tss_node_id));
}
