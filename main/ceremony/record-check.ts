/**
 * The state file is a cache of what the journal records. On load it is held to the journal, fact by
 * fact; a state file that disagrees is reported with the entry it contradicts, never trusted.
 */
import type { Ceremony } from '../../common/contract';
import { canonicalJson, shownJson } from '../journal/json-text';
import { readFacts, type FactName, type RecordFacts } from '../journal/facts';
import { describeEntryProblem, type EntryProblem, type JournalEntry } from '../journal/chain';

/** The state's own account of each fact the journal records, in the journal's terms. */
function factsOfState(id: string, state: Ceremony): Omit<RecordFacts, 'started_at'> {
  return {
    ceremony_id: id,
    ceremony_type: state.kind,
    environment: state.environment,
    api_key_fingerprint: state.apiKeyFingerprint,
    vault: { vault_id: state.selection.vaultId, name: state.vaultName },
    participants: Object.keys(state.custodians).map(
      (node) => `${state.custodianNames[node] ?? node} (${node})`,
    ),
    witnesses: state.witnesses,
    outcome: state.outcome,
    tss_request_id: state.tssRequestId,
    root_pubkeys: state.rootKeysAfter ?? [],
  };
}

/** The first fact on which the state file and the journal differ; null when they agree. */
export function stateDisagreement(
  id: string,
  state: Ceremony,
  entries: readonly JournalEntry[],
): EntryProblem | null {
  const { facts, source, closed } = readFacts(entries);
  const own = factsOfState(id, state);
  // First the end: a closed ceremony whose journal does not close had entries cut from its end.
  const stateClosed = state.phase === 'closed' || state.phase === 'abandoned';
  if (stateClosed !== closed) {
    const last = entries[entries.length - 1];
    return {
      line: entries.length,
      kind: last?.kind ?? null,
      field: 'closure',
      reason: stateClosed
        ? 'the state file says the ceremony is closed, but the journal ends before its closing entry (entries were removed from its end)'
        : 'the journal is closed, but the state file says the ceremony is still open',
    };
  }
  for (const name of Object.keys(own) as Exclude<FactName, 'started_at'>[]) {
    if (canonicalJson(own[name]) === canonicalJson(facts[name])) continue;
    const seq = source[name];
    return {
      line: seq ?? null,
      kind: seq ? (entries[seq - 1]?.kind ?? null) : null,
      field: name,
      reason: `the state file says ${name} is ${shownJson(own[name])}, but the journal records ${shownJson(facts[name])}`,
    };
  }
  return null;
}

/** A record problem in the officer's words: what is wrong, where, and what to do. */
export function describeRecordProblem(problem: EntryProblem): string {
  const what =
    problem.line === null
      ? `The ceremony’s record: ${problem.reason}`
      : `Journal ${describeEntryProblem(problem)}`;
  return `${what}. The files were changed outside the app; keep them as they are, export the record (it is marked as damaged) and report it to your security team.`;
}
