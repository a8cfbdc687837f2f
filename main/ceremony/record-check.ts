/**
 * The state file is a cache of what the journal records. On load it is held to the journal, fact by
 * fact; a state file that disagrees is reported with the entry it contradicts, never trusted.
 */
import { Selection, type Ceremony } from '../../common/contract';
import { EMPTY_SELECTION } from '../../common/ceremony/new-ceremony';
import { canonicalJson } from '../journal/json-text';
import { shownValue } from '../journal/transcript-words';
import { readFacts, type FactName, type RecordFacts } from '../journal/facts';
import { describeEntryProblem, type EntryProblem, type JournalEntry } from '../journal/chain';
import { describeEntryProblemSaid, entryProblem, reasonSaid } from '../journal/entry-problem';
import type { Said } from '../../common/i18n/said';
import { said } from '../../common/i18n/translate';

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
    return entryProblem(
      { line: entries.length, kind: last?.kind ?? null, field: 'closure' },
      said(stateClosed ? 'records.state.endsBeforeClosing' : 'records.state.stillOpen'),
    );
  }
  for (const name of Object.keys(own) as Exclude<FactName, 'started_at'>[]) {
    if (canonicalJson(own[name]) === canonicalJson(facts[name])) continue;
    const seq = source[name];
    return entryProblem(
      { line: seq ?? null, kind: seq ? (entries[seq - 1]?.kind ?? null) : null, field: name },
      said('records.state.fact', { name, state: shownValue(own[name]), journal: shownValue(facts[name]) }),
    );
  }
  return (
    choicesDisagreement(state, entries) ??
    backupsDisagreement(state, entries) ??
    drillDisagreement(state, entries) ??
    listDisagreement('exceptions', 'exception', state.exceptions, entries) ??
    listDisagreement('scripts', 'script_printed', state.scripts, entries) ??
    listDisagreement('attestations', 'attestation', state.attestations, entries) ??
    planDisagreement(state, entries)
  );
}

/** A recovery drill's files and their outcomes, as its recovery_file_checked entries record them. */
function drillDisagreement(state: Ceremony, entries: readonly JournalEntry[]): EntryProblem | null {
  const checked = entries.filter((e) => e.kind === 'recovery_file_checked');
  const recorded = checked.map((e) => ({
    file: e.data.file,
    sha256: e.data.sha256,
    node: e.data.node_id,
    failed: Array.isArray(e.data.groups)
      ? (e.data.groups as Array<{ failed?: unknown }>).map((g) => g.failed ?? null)
      : null,
  }));
  const stated = (state.drill?.files ?? []).map((f) => ({
    file: f.file,
    sha256: f.sha256,
    node: f.nodeId,
    failed: f.groups.map((g) => g.failed?.check ?? null),
  }));
  if (canonicalJson(recorded) === canonicalJson(stated)) return null;
  const last = checked.at(-1);
  return entryProblem(
    { line: last?.seq ?? null, kind: last?.kind ?? null, field: 'drill' },
    said('records.state.drill', { state: shownValue(stated), journal: shownValue(recorded) }),
  );
}

/** The backups the officer confirmed, as the journal's backup_confirmed entries record them. */
function backupsDisagreement(state: Ceremony, entries: readonly JournalEntry[]): EntryProblem | null {
  const recorded: Record<string, { name: unknown; at: unknown }> = {};
  let last: JournalEntry | undefined;
  for (const e of entries) {
    if (e.kind !== 'backup_confirmed') continue;
    recorded[String(e.data.tss_node_id)] = { name: e.data.name, at: e.data.at };
    last = e;
  }
  if (canonicalJson(recorded) === canonicalJson(state.backups)) return null;
  return entryProblem(
    { line: last?.seq ?? null, kind: last?.kind ?? null, field: 'backups' },
    said('records.state.backups', { state: shownValue(state.backups), journal: shownValue(recorded) }),
  );
}

/**
 * The officer's choices (groups, source nodes, lost phone and its holder's name) as the last selection
 * entry records them: what the report and History say the ceremony acted on. The vault is a fact above
 * (a created vault joins the choices after the entry).
 */
function choicesDisagreement(state: Ceremony, entries: readonly JournalEntry[]): EntryProblem | null {
  const entry = entries.findLast((e) => e.kind === 'step_completed' && e.data.step === 'selection');
  const data = entry?.data ?? {};
  const recorded = Selection.safeParse(entry ? data.selection : EMPTY_SELECTION);
  // The vault is left out: it is a fact of its own.
  const choices = ({ vaultId: _vault, ...rest }: Selection, lostName: unknown) => ({
    ...rest,
    lostHolderName: typeof lostName === 'string' ? lostName : null,
  });
  const own = choices(
    state.selection,
    state.selection.lostNodeId ? state.custodianNames[state.selection.lostNodeId] : null,
  );
  const journal = recorded.success ? choices(recorded.data, data.lost_holder_name) : null;
  const where = { line: entry?.seq ?? null, kind: entry?.kind ?? null, field: 'selection' };
  if (!journal) return entryProblem(where, said('records.state.choicesUnreadable'));
  // The first choice that differs, by name, so the officer sees what was changed.
  const name = (Object.keys(own) as Array<keyof typeof own>).find(
    (k) => canonicalJson(own[k]) !== canonicalJson(journal[k]),
  );
  if (!name) return null;
  return entryProblem(
    where,
    said('records.state.choice', { name, state: shownValue(own[name]), journal: shownValue(journal[name]) }),
  );
}

/** A record problem in the officer's words: what is wrong, where, and what to do. */
export function describeRecordProblem(problem: EntryProblem): string {
  const what =
    problem.line === null
      ? `The ceremony’s record: ${problem.reason}`
      : `Journal ${describeEntryProblem(problem)}`;
  return `${what}. The files were changed outside the app; keep them as they are, export the record (it is marked as damaged) and report it to your security team.`;
}

/** describeRecordProblem as message keys, for the page to say in its language (issue #32). */
export const describeRecordProblemSaid = (problem: EntryProblem): Said =>
  said('verdicts.record.damaged', {
    what:
      problem.line === null
        ? said('verdicts.record.whole', { reason: reasonSaid(problem) })
        : said('verdicts.record.journal', { where: describeEntryProblemSaid(problem) }),
  });

/** The witnesses' keys the state holds: the plan the journal's last witness_signers entry fixed. */
function planDisagreement(state: Ceremony, entries: readonly JournalEntry[]): EntryProblem | null {
  const last = entries.findLast((e) => e.kind === 'witness_signers');
  if (canonicalJson(last?.data.signers ?? []) === canonicalJson(state.witnessSigners)) return null;
  return entryProblem(
    { line: last?.seq ?? null, kind: last?.kind ?? null, field: 'witnessSigners' },
    said('records.state.witnessKeys'),
  );
}

/** A list the state keeps of one kind of entry (the exceptions, the scripts printed): entry for entry. */
function listDisagreement(
  field: string,
  kind: JournalEntry['kind'],
  stated: readonly object[],
  entries: readonly JournalEntry[],
): EntryProblem | null {
  const matching = entries.filter((e) => e.kind === kind);
  // What the journal says beyond the state's own fields (which version a script supersedes) is left aside.
  const recorded = matching.map((e) => {
    const { supersedes: _supersedes, ...rest } = e.data;
    return rest;
  });
  if (canonicalJson(recorded) === canonicalJson(stated)) return null;
  const last = matching.at(-1);
  return entryProblem(
    { line: last?.seq ?? null, kind: last?.kind ?? null, field },
    said('records.state.list', { field, state: shownValue(stated), journal: shownValue(recorded) }),
  );
}
