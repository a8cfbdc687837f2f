import type { Ceremony } from '../contract';

/** A ceremony that is closed or abandoned: nothing more happens to it, it is history. */
export const isOver = (phase: Ceremony['phase'] | undefined): boolean =>
  phase === 'closed' || phase === 'abandoned';

/** History's page: ceremonies that are over are listed this many at a time, newest first. */
export const HISTORY_PAGE = 15;
