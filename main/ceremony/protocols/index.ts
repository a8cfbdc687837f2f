/** Which protocol each ceremony kind uses, as its declaration in common/ceremony/kinds.ts says. */
import { CEREMONY_KINDS, type ProtocolName } from '../../../common/ceremony/kinds';
import type { CeremonyKind } from '../../../common/contract';
import { groupCreation } from './group-creation';
import { groupRetirement } from './group-retirement';
import { groupUpgrade } from './group-upgrade';
import { offlineDrill } from './offline-drill';
import type { Protocol } from './protocol';
import { tssRequest } from './tss-request';
import { vaultCreation } from './vault-creation';

const PROTOCOLS: Readonly<Record<ProtocolName, Protocol>> = {
  'vault-creation': vaultCreation,
  'group-creation': groupCreation,
  'tss-request': tssRequest,
  'group-upgrade': groupUpgrade,
  'group-retirement': groupRetirement,
  'offline-drill': offlineDrill,
};

export const protocolFor = (kind: CeremonyKind): Protocol => PROTOCOLS[CEREMONY_KINDS[kind].protocol];
export type { Outcome, Protocol } from './protocol';
