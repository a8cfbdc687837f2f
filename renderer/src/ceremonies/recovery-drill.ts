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
      title: 'Key to drill',
      intro:
        'Choose the key whose recovery files the holders bring: Main, Signing or Recovery Key, any that holds key shares.',
      done: (c) => c.selection.targetGroupId !== null,
    },
    checkinStep,
    {
      kind: 'drill',
      title: 'Recovery files',
      intro:
        'Each holder brings their recovery file and types its password. The app opens one share at a time, checks it and forgets it; the root key is never assembled.',
      done: (c) => c.phase === 'finished' || c.phase === 'closed',
    },
    closeStep,
  ],
};
