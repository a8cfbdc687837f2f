/** Steps shared by the ceremonies, with their unlock rules and copy. */
import { CHECKLIST_ITEMS } from '../../../common/contract';
import type { StepDefinition } from './types';

const submitted = (phase: string) => phase !== 'preparing';

export const profileStep: StepDefinition = {
  kind: 'profile',
  titleKey: 'ceremonies.step.profile.title',
  introKey: 'ceremonies.step.profile.intro',
  done: () => true, // a ceremony exists only once a profile was chosen
};

export const vaultStep: StepDefinition = {
  kind: 'vault',
  titleKey: 'ceremonies.step.vault.title',
  introKey: 'ceremonies.step.vault.intro',
  done: (c) => c.selection.vaultId !== null,
};

export const preflightStep: StepDefinition = {
  kind: 'preflight',
  titleKey: 'ceremonies.step.preflight.title',
  introKey: 'ceremonies.step.preflight.intro',
  done: (c) => Boolean(c.preflight?.ok) && CHECKLIST_ITEMS.every((i) => c.checklist[i]),
};

export const checkinStep: StepDefinition = {
  kind: 'checkin',
  titleKey: 'ceremonies.step.checkin.title',
  introKey: 'ceremonies.step.checkin.intro',
  done: (c, ctx) => c.witnesses.length > 0 && Object.keys(c.custodians).length >= ctx.participantCount,
};

export const reviewStep: StepDefinition = {
  kind: 'review',
  titleKey: 'ceremonies.step.review.title',
  introKey: 'ceremonies.step.review.intro',
  done: (c) => submitted(c.phase),
};

export const statusStep: StepDefinition = {
  kind: 'status',
  titleKey: 'ceremonies.step.status.title',
  introKey: 'ceremonies.step.status.intro',
  done: (c) => c.phase === 'finished' || c.phase === 'closed',
};

export const verifyStep: StepDefinition = {
  kind: 'verify',
  titleKey: 'ceremonies.step.verify.title',
  introKey: 'ceremonies.step.verify.intro',
  done: (c) =>
    (c.phase === 'finished' || c.phase === 'closed') &&
    (c.outcome !== 'success' || c.comparedWithDevicesAt !== null),
  skipped: (c) =>
    (c.phase === 'finished' || c.phase === 'closed') && c.outcome !== 'success'
      ? 'ceremonies.step.verify.skipped'
      : null,
};

export const closeStep: StepDefinition = {
  kind: 'close',
  titleKey: 'ceremonies.step.close.title',
  introKey: 'ceremonies.step.close.intro',
  done: (c) => c.phase === 'closed',
};

/**
 * The steps of a ceremony whose outcome touches the root keys (a TSS request, or a group upgrade):
 * the shared ones around the steps that choose its groups.
 */
export const tssCeremonySteps = (...choosing: StepDefinition[]): StepDefinition[] => [
  profileStep,
  vaultStep,
  ...choosing,
  preflightStep,
  checkinStep,
  reviewStep,
  statusStep,
  verifyStep,
  closeStep,
];
