import type { KindDeclaration } from '../../../common/ceremony/kinds';
import type { Ceremony } from '../../../common/contract';
import type { MessageKey } from '../../../common/i18n/translate';

export type StepKind =
  | 'profile'
  | 'vault'
  | 'new-vault'
  | 'upgrade'
  | 'retire'
  | 'lost-holder'
  | 'drill-key'
  | 'drill'
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
  /**
   * Recovery: whether Cobo reports the phone said to be lost as lost (Changed). True while Cobo's answer
   * is not known yet, so a resumed ceremony opens where it stood; the review is held to it in main anyway.
   */
  readonly lostPhoneReported: boolean;
}

export interface StepDefinition {
  readonly kind: StepKind;
  readonly titleKey: MessageKey;
  /** One or two sentences shown at the top of the step. */
  readonly introKey: MessageKey;
  /** Whether this step is complete, so the next one unlocks. */
  readonly done: (c: Ceremony, ctx: StepContext) => boolean;
  /** Why this ceremony has nothing to do in this step (it is passed over, said so); null when it has. */
  readonly skipped?: (c: Ceremony) => MessageKey | null;
}

/** A ceremony kind as `common/` declares it, with the steps the page walks through. */
export interface CeremonyDefinition extends KindDeclaration {
  readonly steps: readonly StepDefinition[];
}
