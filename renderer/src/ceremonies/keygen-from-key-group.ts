import { CEREMONY_KINDS } from '../../../common/ceremony/kinds';
import { tssCeremonySteps } from './common-steps';
import type { CeremonyDefinition } from './types';

export const keyGenFromKeyGroup: CeremonyDefinition = {
  ...CEREMONY_KINDS.KeyGenFromKeyGroup,
  steps: tssCeremonySteps({
    kind: 'groups',
    titleKey: 'ceremonies.step.fromKeyGroupGroups.title',
    introKey: 'ceremonies.step.fromKeyGroupGroups.intro',
    done: (c) =>
      c.selection.targetGroupId !== null &&
      c.selection.sourceGroupId !== null &&
      c.selection.sourceNodeIds.length > 0,
  }),
};
