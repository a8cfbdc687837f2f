/** Every ceremony the app offers, each declared in its own file. */
import type { CeremonyKind } from '../../../common/contract';
import { groupSetup } from './group-setup';
import { keyGen } from './keygen';
import { keyGenFromKeyGroup } from './keygen-from-key-group';
import { groupRetirement, groupUpgrade } from './group-life';
import { recovery } from './recovery';
import { recoveryDrill } from './recovery-drill';
import { vaultSetup } from './vault-setup';
import type { Ceremony } from '../../../common/contract';
import type { Translate } from '../../../common/i18n/translate';
import type { CeremonyDefinition, StepContext } from './types';

export const CEREMONIES: Readonly<Record<CeremonyKind, CeremonyDefinition>> = {
  VaultSetup: vaultSetup,
  GroupSetup: groupSetup,
  KeyGen: keyGen,
  KeyGenFromKeyGroup: keyGenFromKeyGroup,
  Recovery: recovery,
  GroupUpgrade: groupUpgrade,
  GroupRetirement: groupRetirement,
  RecoveryDrill: recoveryDrill,
};

export { CEREMONY_ORDER } from '../../../common/ceremony/kinds';

/** A ceremony that is over (closed or abandoned): nothing more can happen in it. */
export { isOver } from '../../../common/ceremony/history';

/** Index of the first step that is not complete (and not passed over): where a ceremony stands. */
export function currentStepIndex(c: Ceremony, ctx: StepContext): number {
  const steps = CEREMONIES[c.kind].steps;
  const i = steps.findIndex((s) => !s.skipped?.(c) && !s.done(c, ctx));
  return i === -1 ? steps.length - 1 : i;
}

/** The step after `index` that this ceremony has something to do in. */
export function nextStepIndex(c: Ceremony, index: number): number {
  const steps = CEREMONIES[c.kind].steps;
  const next = steps.findIndex((s, i) => i > index && !s.skipped?.(c));
  return next === -1 ? steps.length - 1 : next;
}

/** A step may be opened when every step before it is complete; before submission the officer may go back. */
export function canOpen(c: Ceremony, ctx: StepContext, index: number): boolean {
  const current = currentStepIndex(c, ctx);
  if (index > current) return false;
  if (index === current) return true;
  const steps = CEREMONIES[c.kind].steps;
  const reviewIndex = steps.findIndex((s) => s.kind === 'review');
  // After submission, nothing before the live status can be reopened.
  return c.phase === 'preparing' || index > reviewIndex;
}

/**
 * Where a ceremony stands and what comes next, in words, for the list of open ceremonies. Before the
 * send the page does not know every custodian yet, so check-in counts those already confirmed.
 */
export function standingInWords(c: Ceremony, t: Translate): string {
  const steps = CEREMONIES[c.kind].steps;
  // The list does not ask Cobo: a lost phone is taken as chosen; the ceremony's own screen checks it.
  const next = () => {
    const step =
      steps[
        currentStepIndex(c, { participantCount: Object.keys(c.custodians).length, lostPhoneReported: true })
      ];
    return step ? t(step.titleKey) : '';
  };
  switch (c.phase) {
    case 'preparing':
      return t('ceremonies.standing.preparing', { next: next() });
    case 'submitting':
      return t('ceremonies.standing.submitting');
    case 'undecided':
      return t('ceremonies.standing.undecided');
    case 'tracking':
      return t('ceremonies.standing.tracking');
    case 'finished':
      return c.outcome === 'success'
        ? t('ceremonies.standing.succeeded', { next: next() })
        : t(c.outcome === 'cancelled' ? 'ceremonies.standing.cancelled' : 'ceremonies.standing.failed');
    case 'closed':
      return t('ceremonies.standing.closed');
    case 'abandoned':
      return t('ceremonies.standing.abandoned');
  }
}

/**
 * The Recovery a new Main Key's set-up serves: one still being prepared for the same vault with the
 * same profile (the newest, if several). Closing the set-up returns the officer to it.
 */
export function recoveryWaitingFor(c: Ceremony, all: readonly Ceremony[]): Ceremony | null {
  if (c.kind !== 'GroupSetup' || c.selection.design?.type !== 'MainGroup' || c.outcome !== 'success')
    return null;
  return (
    all
      .filter(
        (r) =>
          r.kind === 'Recovery' &&
          r.phase === 'preparing' &&
          r.profileId === c.profileId &&
          r.selection.vaultId === c.selection.vaultId,
      )
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0] ?? null
  );
}
