import { CEREMONY_KINDS } from '../../../common/ceremony/kinds';
import { tssCeremonySteps } from './common-steps';
import type { CeremonyDefinition } from './types';

export const recovery: CeremonyDefinition = {
  ...CEREMONY_KINDS.Recovery,
  steps: tssCeremonySteps(
    {
      kind: 'lost-holder',
      title: 'Who lost what',
      intro: 'Choose the custodian whose phone (and so key share) was lost. The app shows what happens next.',
      // Once sent, the choice is history: Cobo deletes the lost phone's node after a Recovery.
      done: (c, ctx) => c.selection.lostNodeId !== null && (c.phase !== 'preparing' || ctx.lostPhoneReported),
    },
    {
      kind: 'groups',
      title: 'New Main Key and Recovery Key',
      intro: 'Choose the new Main Key (with the new phone) and which Recovery Key holders take part.',
      done: (c) =>
        c.selection.targetGroupId !== null &&
        c.selection.sourceGroupId !== null &&
        c.selection.sourceNodeIds.length > 0,
    },
  ),
};
