import { checkinStep, closeStep, preflightStep, profileStep, reviewStep, vaultStep } from './common-steps';
import type { CeremonyDefinition } from './types';

export const groupSetup: CeremonyDefinition = {
  kind: 'GroupSetup',
  title: 'Set up a key share holder group',
  summary:
    'Create a Main, Signing or Recovery Group from the organisation’s TSS nodes: the Cobo node, custodians’ Cobo Guard phones, API co-signers. It gets key shares in a later ceremony.',
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
