import { tssCeremonySteps } from './common-steps';
import type { CeremonyDefinition } from './types';

export const keyGenFromKeyGroup: CeremonyDefinition = {
  kind: 'KeyGenFromKeyGroup',
  title: 'KeyGenFromKeyGroup: shares for a Signing or Recovery Group',
  summary:
    'The Main Group creates key shares of the same root keys for a Signing or Recovery Group. The root keys do not change; the app checks that.',
  steps: tssCeremonySteps({
    kind: 'groups',
    title: 'Groups and source nodes',
    intro:
      'Choose the group that receives key shares, and which Main Group nodes take part: the Cobo node plus enough others to meet the threshold.',
    done: (c) =>
      c.selection.targetGroupId !== null &&
      c.selection.sourceGroupId !== null &&
      c.selection.sourceNodeIds.length > 0,
  }),
};
