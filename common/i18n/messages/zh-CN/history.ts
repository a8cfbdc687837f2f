/** The History screen, its filters, the vaults' standing and inventory. */
import type { Area } from '../area';
import type { history as en } from '../en/history';

export const history = {} as const satisfies Area<typeof en>;
