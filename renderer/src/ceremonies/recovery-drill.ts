/** The recovery drill: the key, the holders present, their files one at a time, the conclusion. */
import { CEREMONY_KINDS } from '../../../common/ceremony/kinds';
import { checkinStep, closeStep, profileStep, vaultStep } from './common-steps';
import type { CeremonyDefinition } from './types';

export const recoveryDrill: CeremonyDefinition = {
  ...CEREMONY_KINDS.RecoveryDrill,
  steps: [
    profileStep,
    vaultStep,
    {
      kind: 'drill-key',
      titleKey: 'ceremonies.step.drillKey.title',
      introKey: 'ceremonies.step.drillKey.intro',
      done: (c) => c.selection.targetGroupId !== null,
    },
    checkinStep,
    {
      kind: 'drill',
      titleKey: 'ceremonies.step.drill.title',
      introKey: 'ceremonies.step.drill.intro',
      done: (c) => c.phase === 'finished' || c.phase === 'closed',
    },
    closeStep,
  ],
};
