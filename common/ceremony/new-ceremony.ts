/** A ceremony as `ceremony.start` makes it: nothing chosen, nothing done. */
import type { Ceremony, CeremonyKind, EnvironmentId, Selection } from '../contract';

export const EMPTY_SELECTION: Selection = {
  vaultId: null,
  targetGroupId: null,
  sourceGroupId: null,
  sourceNodeIds: [],
  lostNodeId: null,
  design: null,
  newVault: null,
  mainGroupHandling: null,
  retireConfirmation: null,
  retireWithoutRecovery: false,
  retireWithoutReplacement: false,
};

export interface NewCeremonyFields {
  readonly id: string;
  readonly kind: CeremonyKind;
  readonly profileId: string;
  readonly profileName: string;
  readonly officerName?: string | null;
  readonly environment: EnvironmentId;
  readonly apiKeyFingerprint: string;
  /** ISO time of creation. */
  readonly now: string;
}

export function newCeremony({ now, officerName = null, ...fields }: NewCeremonyFields): Ceremony {
  return {
    ...fields,
    officerName,
    vaultName: null,
    selection: EMPTY_SELECTION,
    checklist: {},
    custodians: {},
    custodianNames: {},
    witnesses: [],
    preflight: null,
    reviewedAt: null,
    phase: 'preparing',
    requestBody: null,
    requestCall: null,
    tssRequestId: null,
    createdGroupId: null,
    keyTypes: {},
    formerMainGroupId: null,
    statuses: [],
    outcome: null,
    failure: null,
    lastError: null,
    rootKeysBefore: null,
    rootKeysAfter: null,
    rootKeysUnchanged: null,
    comparedWithDevicesAt: null,
    backups: {},
    drill: null,
    scripts: [],
    exceptions: [],
    witnessSigners: [],
    attestations: [],
    createdAt: now,
    updatedAt: now,
  };
}
