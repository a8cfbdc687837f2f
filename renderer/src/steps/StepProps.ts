import type { Ceremony, ErrorPayload } from '../../../common/contract';
import type { CoboData } from './use-cobo-data';

export interface StepProps {
  readonly ceremony: Ceremony;
  readonly data: CoboData;
  /** Runs a ceremony action; its error, if any, is shown by the step frame. */
  readonly run: (action: () => Promise<unknown>) => Promise<ErrorPayload | null>;
  readonly busy: boolean;
}
