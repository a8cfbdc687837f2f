/** The ceremonies that change a group holding key shares: upgrade a Signing Key, retire a group. */
import { CEREMONY_KINDS } from '../../../common/ceremony/kinds';
import {
  checkinStep,
  closeStep,
  preflightStep,
  profileStep,
  reviewStep,
  statusStep,
  tssCeremonySteps,
  vaultStep,
} from './common-steps';
import type { CeremonyDefinition } from './types';

export const groupUpgrade: CeremonyDefinition = {
  ...CEREMONY_KINDS.GroupUpgrade,
  steps: tssCeremonySteps({
    kind: 'upgrade',
    title: 'Signing Key and the current Main Key',
    intro:
      'Choose the active Signing Key that becomes the Main Key, and what becomes of the current Main Key. Both consequences are spelled out before you choose.',
    done: (c) => c.selection.targetGroupId !== null && c.selection.mainGroupHandling !== null,
  }),
};

export const groupRetirement: CeremonyDefinition = {
  ...CEREMONY_KINDS.GroupRetirement,
  steps: [
    profileStep,
    vaultStep,
    {
      kind: 'retire',
      title: 'Key to delete',
      intro:
        'Choose the Signing or Recovery Key to delete and confirm it by typing its name. Its holders will no longer receive signature requests; reinstating them needs a new key generation.',
      done: (c) => c.selection.targetGroupId !== null && c.selection.retireConfirmation !== null,
    },
    preflightStep,
    checkinStep,
    reviewStep,
    statusStep,
    closeStep,
  ],
};
