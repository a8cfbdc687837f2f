import { CEREMONY_KINDS } from '../../../common/ceremony/kinds';
import { checkinStep, closeStep, preflightStep, profileStep, reviewStep, vaultStep } from './common-steps';
import type { CeremonyDefinition } from './types';

export const groupSetup: CeremonyDefinition = {
  ...CEREMONY_KINDS.GroupSetup,
  steps: [
    profileStep,
    vaultStep,
    {
      kind: 'design',
      title: 'Design the group',
      intro:
        'Choose the group type, how many holders must approve (threshold) of how many (participants), the holders and the designated signer.',
      done: (c) =>
        c.selection.design !== null && c.selection.design.holders.length === c.selection.design.participants,
    },
    preflightStep,
    checkinStep,
    reviewStep,
    closeStep,
  ],
};
