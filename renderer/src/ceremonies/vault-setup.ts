import { CEREMONY_KINDS } from '../../../common/ceremony/kinds';
import { checkinStep, closeStep, preflightStep, profileStep, reviewStep, statusStep } from './common-steps';
import type { CeremonyDefinition } from './types';

export const vaultSetup: CeremonyDefinition = {
  ...CEREMONY_KINDS.VaultSetup,
  steps: [
    profileStep,
    {
      kind: 'new-vault',
      title: 'Name the vault',
      intro:
        'An Org-Controlled vault holds the organisation’s MPC wallets. Give it a name nobody will confuse with another vault.',
      done: (c) => c.selection.newVault !== null,
    },
    preflightStep,
    {
      ...checkinStep,
      intro: 'Name the witnesses of this step. No custodian acts on a device to create a vault.',
    },
    reviewStep,
    // Where an answer lost on the way back is looked for again ("Check again").
    statusStep,
    closeStep,
  ],
};
