import { CEREMONY_KINDS } from '../../../common/ceremony/kinds';
import { tssCeremonySteps } from './common-steps';
import type { CeremonyDefinition } from './types';

export const keyGen: CeremonyDefinition = {
  ...CEREMONY_KINDS.KeyGen,
  steps: tssCeremonySteps({
    kind: 'groups',
    titleKey: 'ceremonies.step.keyGenGroups.title',
    introKey: 'ceremonies.step.keyGenGroups.intro',
    done: (c) => c.selection.targetGroupId !== null,
  }),
};
