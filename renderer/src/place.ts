/**
 * Where the officer is in the app, kept in the address's hash (#/history, #/ceremonies/<id>): a reload
 * returns to the same screen and the same open ceremony, and the browser's Back and Forward move
 * between the app's own screens instead of leaving it. Nothing here reaches main.
 */
export const VIEW_IDS = ['ceremonies', 'profiles', 'history', 'verify', 'holders', 'about'] as const;
export type ViewId = (typeof VIEW_IDS)[number];

export interface Place {
  readonly view: ViewId;
  /** The ceremony open on the Ceremonies screen, if any. */
  readonly ceremonyId: string | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function placeFromHash(hash: string): Place {
  const [view, id] = hash.replace(/^#\/?/, '').split('/');
  const known = (VIEW_IDS as readonly string[]).includes(view ?? '') ? (view as ViewId) : 'ceremonies';
  return { view: known, ceremonyId: known === 'ceremonies' && id && UUID.test(id) ? id : null };
}

export const hashOf = (place: Place): string =>
  place.view === 'ceremonies' && place.ceremonyId ? `#/ceremonies/${place.ceremonyId}` : `#/${place.view}`;
