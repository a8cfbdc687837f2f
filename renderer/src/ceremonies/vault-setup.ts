import { CEREMONY_KINDS } from '../../../common/ceremony/kinds';
import { checkinStep, closeStep, preflightStep, profileStep, reviewStep, statusStep } from './common-steps';
import type { CeremonyDefinition } from './types';

export const vaultSetup: CeremonyDefinition = {
  ...CEREMONY_KINDS.VaultSetup,
  steps: [
    profileStep,
    {
      kind: 'new-vault',
      titleKey: 'ceremonies.step.newVault.title',
      introKey: 'ceremonies.step.newVault.intro',
      done: (c) => c.selection.newVault !== null,
    },
    preflightStep,
    {
      ...checkinStep,
      introKey: 'ceremonies.step.checkin.introVaultSetup',
    },
    reviewStep,
    // Where an answer lost on the way back is looked for again ("Check again").
    statusStep,
    closeStep,
  ],
};
