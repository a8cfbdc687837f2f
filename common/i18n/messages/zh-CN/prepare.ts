/** The steps that prepare a ceremony: profile, vault, keys, design, upgrade, deletion, lost phone, drills. */
import type { Area } from '../area';
import type { prepare as en } from '../en/prepare';

export const prepare = {} as const satisfies Area<typeof en>;
