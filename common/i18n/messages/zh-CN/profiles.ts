/** The Profiles screen and its panels. */
import type { Area } from '../area';
import type { profiles as en } from '../en/profiles';

export const profiles = {} as const satisfies Area<typeof en>;
