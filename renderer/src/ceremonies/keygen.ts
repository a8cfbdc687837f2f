import { CEREMONY_KINDS } from '../../../common/ceremony/kinds';
import { tssCeremonySteps } from './common-steps';
import type { CeremonyDefinition } from './types';

export const keyGen: CeremonyDefinition = {
  ...CEREMONY_KINDS.KeyGen,
  steps: tssCeremonySteps({
    kind: 'groups',
    title: 'Main Key',
    intro: 'Choose the Main Key that will hold the key shares. It must be New: KeyGen happens once.',
    done: (c) => c.selection.targetGroupId !== null,
  }),
};
