/**
 * The paths of Cobo's vault calls, as the spec names them, with each id checked and encoded: one place
 * for the client that sends them and for the review that shows the officer which call will be made.
 */
import { said } from '../../common/i18n/translate';
import { refusedToSend } from './errors';

const ID = /^[A-Za-z0-9_.:|-]{1,200}$/;

/** One id in a path: refused unsent unless it has the shape of a Cobo id. */
export function segment(name: string, value: string): string {
  if (typeof value !== 'string' || !ID.test(value)) {
    throw refusedToSend(
      said('errorsMore.cobo.badId', { name, value: String(value).slice(0, 60) }),
      said('errorsMore.cobo.badIdHint'),
    );
  }
  return encodeURIComponent(value);
}

export const VAULTS_PATH = '/wallets/mpc/vaults';
export const vaultPath = (vaultId: string) => `${VAULTS_PATH}/${segment('vault id', vaultId)}`;
export const groupsPath = (vaultId: string) => `${vaultPath(vaultId)}/key_share_holder_groups`;
export const groupPath = (vaultId: string, groupId: string) =>
  `${groupsPath(vaultId)}/${segment('group id', groupId)}`;
export const tssRequestsPath = (vaultId: string) => `${vaultPath(vaultId)}/tss_requests`;
