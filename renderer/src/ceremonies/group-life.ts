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
    titleKey: 'ceremonies.step.upgrade.title',
    introKey: 'ceremonies.step.upgrade.intro',
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
      titleKey: 'ceremonies.step.retire.title',
      introKey: 'ceremonies.step.retire.intro',
      done: (c) => c.selection.targetGroupId !== null && c.selection.retireConfirmation !== null,
    },
    preflightStep,
    checkinStep,
    reviewStep,
    statusStep,
    closeStep,
  ],
};
