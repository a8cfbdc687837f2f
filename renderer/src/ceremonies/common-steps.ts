/** Steps shared by the ceremonies, with their unlock rules and copy. */
import { CHECKLIST_ITEMS } from '../../../common/contract';
import type { StepDefinition } from './types';

const submitted = (phase: string) => phase !== 'preparing';

export const profileStep: StepDefinition = {
  kind: 'profile',
  title: 'Environment and profile',
  intro:
    'Choose the API profile to sign with. Its environment decides whether this is a rehearsal or the real thing.',
  done: () => true, // a ceremony exists only once a profile was chosen
};

export const vaultStep: StepDefinition = {
  kind: 'vault',
  title: 'Vault',
  intro: 'Choose the MPC vault. Its root extended public keys, if it has any, are shown for reference.',
  done: (c) => c.selection.vaultId !== null,
};

export const preflightStep: StepDefinition = {
  kind: 'preflight',
  title: 'Pre-flight',
  intro:
    'The app checks the clock, the connection, the keychain and the holders; you tick the room checklist. Each tick is recorded with its time.',
  done: (c) => Boolean(c.preflight?.ok) && CHECKLIST_ITEMS.every((i) => c.checklist[i]),
};

export const checkinStep: StepDefinition = {
  kind: 'checkin',
  title: 'Custodian check-in',
  intro: 'Confirm each taking-part custodian is present and identified, and name the witnesses.',
  done: (c, ctx) => c.witnesses.length > 0 && Object.keys(c.custodians).length >= ctx.participantCount,
};

export const reviewStep: StepDefinition = {
  kind: 'review',
  title: 'Review and send',
  intro:
    'Read what will be sent, in words and exactly as the request body. Sending happens once; after it, the choices are fixed.',
  done: (c) => submitted(c.phase),
};

export const statusStep: StepDefinition = {
  kind: 'status',
  title: 'Live status',
  intro:
    'Follow the request as Cobo reports it. The app checks often while things move and less often while they do not.',
  done: (c) => c.phase === 'finished' || c.phase === 'closed',
};

export const verifyStep: StepDefinition = {
  kind: 'verify',
  title: 'Verify root keys',
  intro:
    'Read the root extended public keys aloud with the custodians and compare them with what Cobo Portal shows them on their own devices.',
  done: (c) =>
    (c.phase === 'finished' || c.phase === 'closed') &&
    (c.outcome !== 'success' || c.comparedWithDevicesAt !== null),
  skipped: (c) =>
    (c.phase === 'finished' || c.phase === 'closed') && c.outcome !== 'success'
      ? 'Nothing to verify: no keys were made.'
      : null,
};

export const closeStep: StepDefinition = {
  kind: 'close',
  title: 'Close',
  intro: 'The outcome, and the record of this ceremony.',
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
