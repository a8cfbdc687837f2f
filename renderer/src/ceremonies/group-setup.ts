import { CEREMONY_KINDS } from '../../../common/ceremony/kinds';
import { checkDesign } from '../../../common/ceremony/rules';
import {
  checkinStep,
  closeStep,
  preflightStep,
  profileStep,
  reviewStep,
  statusStep,
  vaultStep,
} from './common-steps';
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
        'Choose the group type and its size, then add each of your holders by the TSS node ID the custodian reads in Cobo Guard (☰ → My Public Key) or Portal Mobile (Me › Key shares; not Portal Mobile’s “My Public Key”, which is an identity key), or that a Server Signer’s TSS Node reports. Cobo’s node is in every new group: Cobo adds it to Main and Signing Keys, and the app lists it for a Recovery Key.',
      // Complete once the design meets Cobo's rules; every change to it is already recorded.
      done: (c) => checkDesign(c.selection, []).ok,
    },
    preflightStep,
    checkinStep,
    reviewStep,
    // Where an answer lost on the way back is looked for again ("Check again").
    statusStep,
    closeStep,
  ],
};
