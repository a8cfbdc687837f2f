import { CEREMONY_KINDS } from '../../../common/ceremony/kinds';
import { tssCeremonySteps } from './common-steps';
import type { CeremonyDefinition } from './types';

export const recovery: CeremonyDefinition = {
  ...CEREMONY_KINDS.Recovery,
  steps: tssCeremonySteps(
    {
      kind: 'lost-holder',
      titleKey: 'ceremonies.step.lostHolder.title',
      introKey: 'ceremonies.step.lostHolder.intro',
      // Once sent, the choice is history: Cobo deletes the lost phone's node after a Recovery.
      done: (c, ctx) => c.selection.lostNodeId !== null && (c.phase !== 'preparing' || ctx.lostPhoneReported),
    },
    {
      kind: 'groups',
      titleKey: 'ceremonies.step.recoveryGroups.title',
      introKey: 'ceremonies.step.recoveryGroups.intro',
      done: (c) =>
        c.selection.targetGroupId !== null &&
        c.selection.sourceGroupId !== null &&
        c.selection.sourceNodeIds.length > 0,
    },
  ),
};
