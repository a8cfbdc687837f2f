import type { Ceremony, CeremonyKind } from '../../../preload/contract';

export type StepKind =
  | 'profile'
  | 'vault'
  | 'lost-holder'
  | 'groups'
  | 'design'
  | 'preflight'
  | 'checkin'
  | 'review'
  | 'status'
  | 'verify'
  | 'close';

/** What the page knows besides the ceremony itself, for the unlock rules. */
export interface StepContext {
  /** How many custodians take part (non-Cobo holders of the target group and the chosen source nodes). */
  readonly participantCount: number;
}

export interface StepDefinition {
  readonly kind: StepKind;
  readonly title: string;
  /** One or two sentences shown at the top of the step. */
  readonly intro: string;
  /** Whether this step is complete, so the next one unlocks. */
  readonly done: (c: Ceremony, ctx: StepContext) => boolean;
}

export interface CeremonyDefinition {
  readonly kind: CeremonyKind;
  readonly title: string;
  readonly summary: string;
  readonly steps: readonly StepDefinition[];
}
