/**
 * A protocol is one way a ceremony acts on Cobo: how it checks the choices, what it sends, how it reads
 * the answer, and how it finds what it created when the answer never came. Submission, reconciliation
 * and pre-flight are written once against this interface.
 */
import type { Translate } from '../../../common/i18n/translate';
import type { Verdict } from '../../../common/ceremony/rules';
import type { Ceremony, RequestCall } from '../../../common/contract';
import type { CoboClient } from '../../cobo/client';
import { said, type MessageKey } from '../../../common/i18n/translate';
import { unknownOutcome } from '../../cobo/errors';
import type { JournalEntry, JsonValue } from '../../journal/chain';
import type { VaultContext } from '../vault-context';

/** What an answer (or a found request or group) means for the ceremony: journalled, then applied. */
export interface Outcome {
  readonly journal: Record<string, JsonValue>;
  apply(state: Ceremony): void;
  /** The ceremony ends with this answer (nothing to follow): it is finished, its root keys checked if its kind says so. */
  readonly finishes?: boolean;
}

/**
 * The id Cobo's answer must carry; without it the ceremony cannot know what it created, so the answer
 * counts as an unknown outcome and the ceremony looks for it instead of guessing.
 */
export function idFromAnswer(client: CoboClient, id: string | undefined, what: string): string {
  if (id) return id;
  throw unknownOutcome(new URL(client.origin).host, said('errorsMore.cobo.reason.answerWithout', { what }));
}

export interface Protocol {
  /** Whether the chosen holders must approve on their devices, so pre-flight checks they can. */
  readonly holdersApprove: boolean;
  /** What Cobo reports now that the checks and the body need. */
  load(state: Ceremony, client: CoboClient): Promise<VaultContext>;
  /** What existed before the send, journalled with the intent: after an unknown outcome only something new can be ours. */
  before(context: VaultContext): Record<string, JsonValue>;
  /** What pre-flight says when the choices fit what Cobo reports. */
  readonly readyKey: MessageKey;
  /** What is wrong with the choices against what Cobo reports now, in the language of `t`. */
  check(state: Ceremony, context: VaultContext, t: Translate): Verdict;
  /** The call the body goes with (shown at review): its method and path, ids filled in. */
  call(state: Ceremony): RequestCall;
  /** The exact body this ceremony sends. */
  body(state: Ceremony, context: VaultContext): Record<string, unknown>;
  /** Sends the body once for this ceremony; the client never re-sends a POST. */
  send(client: CoboClient, state: Ceremony, body: unknown): Promise<Outcome>;
  /** After an unknown outcome: what the send created, when exactly one thing can be it; null otherwise. */
  find(state: Ceremony, intent: JournalEntry | undefined, client: CoboClient): Promise<Outcome | null>;
}
