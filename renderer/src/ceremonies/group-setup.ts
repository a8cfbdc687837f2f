import { CEREMONY_KINDS } from '../../../common/ceremony/kinds';
import { checkDesign } from '../../../common/ceremony/rules';
import { EN } from '../../../common/i18n/translate';
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
      titleKey: 'ceremonies.step.design.title',
      introKey: 'ceremonies.step.design.intro',
      // Complete once the design meets Cobo's rules; every change to it is already recorded.
      // Only whether it passes counts here, not the problems' words: English is as good as any.
      done: (c) => checkDesign(c.selection, [], undefined, [], EN).ok,
    },
    preflightStep,
    checkinStep,
    reviewStep,
    // Where an answer lost on the way back is looked for again ("Check again").
    statusStep,
    closeStep,
  ],
};
