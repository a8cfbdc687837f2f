import { CEREMONY_KINDS } from '../../../common/ceremony/kinds';
import { tssCeremonySteps } from './common-steps';
import type { CeremonyDefinition } from './types';

export const keyGenFromKeyGroup: CeremonyDefinition = {
  ...CEREMONY_KINDS.KeyGenFromKeyGroup,
  steps: tssCeremonySteps({
    kind: 'groups',
    title: 'Groups and source nodes',
    intro:
      'Choose the group that receives key shares, and which Main Key nodes take part: the Cobo node plus enough others to meet the threshold.',
    done: (c) =>
      c.selection.targetGroupId !== null &&
      c.selection.sourceGroupId !== null &&
      c.selection.sourceNodeIds.length > 0,
  }),
};
