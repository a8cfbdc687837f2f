/**
 * The end of a ceremony: its outcome, and for a kind that touches the root keys, what the vault's root
 * keys are now — created by KeyGen, or exactly as before for every other kind (checked, and said loudly
 * when not).
 */
import { CEREMONY_KINDS } from '../../common/ceremony/kinds';
import type { Ceremony, RootKeyView } from '../../common/contract';
import type { CoboClient } from '../cobo/client';
import type { Journal } from '../journal/journal';
import { log } from '../log';
import type { Said } from '../../common/i18n/said';
import { fitsBoundary } from '../app-error';
import { said, sayEnglish } from '../../common/i18n/translate';
import { vaultView } from './cobo-views';
import { toJson } from './registry';

/**
 * The vault's root keys now, when this outcome calls for checking them (read before anything is
 * recorded, so a failed read leaves the step to be taken again rather than half done); null otherwise.
 */
export async function rootKeysNow(
  state: Ceremony,
  client: CoboClient,
  outcome: 'success' | 'failed' | 'cancelled',
): Promise<RootKeyView[] | null> {
  if (
    outcome !== 'success' ||
    !state.selection.vaultId ||
    CEREMONY_KINDS[state.kind].rootKeys === 'not-involved'
  )
    return null;
  return vaultView(await client.getMpcVault(state.selection.vaultId)).root_pubkeys;
}

/**
 * Records the outcome. `why` is what went wrong (null when nothing did): the journal holds its English,
 * as it always has; the state holds it as message keys too (`failureSaid`), for the page's language.
 */
export async function finish(
  state: Ceremony,
  journal: Journal,
  after: RootKeyView[] | null,
  outcome: 'success' | 'failed' | 'cancelled',
  why: Said | null,
): Promise<void> {
  const rootKeys = CEREMONY_KINDS[state.kind].rootKeys;
  // The state object is live (the page and tests read it): the phase changes last, once all is known.
  if (after) {
    const sorted = (keys: RootKeyView[]) =>
      JSON.stringify([...keys].sort((x, y) => x.curve.localeCompare(y.curve)));
    const unchanged = rootKeys === 'created' ? null : sorted(after) === sorted(state.rootKeysBefore ?? []);
    await journal.append('verification_result', {
      root_pubkeys: toJson(after),
      unchanged,
      check: rootKeys === 'created' ? 'root keys created' : 'root keys must equal those before the ceremony',
    });
    state.rootKeysAfter = after;
    state.rootKeysUnchanged = unchanged;
    if (unchanged === false) {
      log.error('ceremony.root_keys_changed', { kind: state.kind });
      why = said('records.failure.rootKeysChanged');
    }
  }
  const failureSaid = outcome === 'success' && state.rootKeysUnchanged !== false ? null : why;
  const failure = failureSaid && sayEnglish(failureSaid);
  await journal.append('ceremony_finished', { outcome, failure });
  state.failure = failure;
  // Only a sentence that can cross to the page (values of bounded size); else the page shows the English.
  if (failureSaid && fitsBoundary(failureSaid)) state.failureSaid = failureSaid;
  state.outcome = outcome;
  state.phase = 'finished';
}
