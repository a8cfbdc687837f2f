import type { Ceremony, ErrorPayload } from '../../../common/contract';
import type { CoboData } from './use-cobo-data';

export interface StepProps {
  readonly ceremony: Ceremony;
  readonly data: CoboData;
  /**
   * Runs a ceremony action; its error, if any, is shown by the step frame. With `andContinue`, an action
   * that completes the step (the last thing it asked for) moves the officer on to the next step, as its
   * Continue button would: only buttons that finish a step say so, never a radio or a tick.
   */
  readonly run: (
    action: () => Promise<unknown>,
    options?: { readonly andContinue?: boolean },
  ) => Promise<ErrorPayload | null>;
  readonly busy: boolean;
}
