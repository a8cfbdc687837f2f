import { tssCeremonySteps } from './common-steps';
import type { CeremonyDefinition } from './types';

export const keyGen: CeremonyDefinition = {
  kind: 'KeyGen',
  title: 'KeyGen: create the root keys',
  summary:
    'Create the vault’s root extended public keys and the Main Group’s key shares. Done once per organisation: every wallet key derives from these root keys.',
  steps: tssCeremonySteps({
    kind: 'groups',
    title: 'Main Group',
    intro: 'Choose the Main Group that will hold the key shares. It must be New: KeyGen happens once.',
    done: (c) => c.selection.targetGroupId !== null,
  }),
};
