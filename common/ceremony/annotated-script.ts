/**
 * The report as the annotated script (issue #31, item 2): the run sheet in force, step by step, with
 * what the app recorded for each step and when, and the exceptions recorded against it in place. Pure,
 * over the ceremony's state: a step the record says nothing of shows nothing, never a guess.
 */
import type { Ceremony, ChecklistItem, ScriptAct, ScriptException, ScriptStep } from '../contract';
import { actedOn } from './acted-on';
import { ROOM_CHECK_WORDS } from './room-checks';
import { readNodeId } from './node-id';
import { showInvisible } from '../visible-text';

export interface AnnotatedStep extends ScriptStep {
  /** What the app recorded for this step; null when the record says nothing of it. */
  readonly recorded: string | null;
  readonly at: string | null;
  readonly exceptions: readonly ScriptException[];
}

type Recorded = { recorded: string | null; at: string | null };
const NOTHING: Recorded = { recorded: null, at: null };

/** The room check a step names, by its words on the sheet. */
function roomCheck(c: Ceremony, step: ScriptStep): Recorded {
  const item = (Object.keys(ROOM_CHECK_WORDS) as ChecklistItem[]).find((i) =>
    step.what.endsWith(ROOM_CHECK_WORDS[i]),
  );
  const at = item ? c.checklist[item] : undefined;
  return at ? { recorded: 'ticked', at } : NOTHING;
}

/** The custodian a check-in step names, by the TSS node ID printed as expected. */
function checkIn(c: Ceremony, step: ScriptStep): Recorded {
  const node = Object.keys(c.custodians).find((id) => readNodeId(id).chunks.join(' ') === step.expected);
  if (!node) return NOTHING;
  const name = c.custodianNames[node] ? `${showInvisible(c.custodianNames[node])}, ` : '';
  return { recorded: `${name}present, TSS node ID ${node}`, at: c.custodians[node] ?? null };
}

/** The close, and the witnesses' co-signatures of its head. */
function closing(c: Ceremony, step: ScriptStep): Recorded {
  const over = c.phase === 'closed' || c.phase === 'abandoned';
  if (step.who !== 'Witnesses')
    // Co-signatures come after the close and move the state's time: then the close's own time is not known here.
    return over
      ? { recorded: `closed: ${c.outcome ?? 'no outcome'}`, at: c.attestations.length ? null : c.updatedAt }
      : NOTHING;
  const [first] = c.attestations;
  const last = c.attestations.at(-1);
  if (!first || !last) return NOTHING;
  const signed = c.attestations.map((a) => `${a.dissent ? 'dissent by' : 'co-signed by'} ${a.principal}`);
  return { recorded: `${signed.join('; ')} (head ${first.head})`, at: last.at };
}

/** What the record holds for one step of the script. */
function recordedFor(c: Ceremony, step: ScriptStep, names: Readonly<Record<string, string>>): Recorded {
  const last = c.statuses.at(-1);
  switch (step.wizard) {
    case 'profile':
      return step.what.includes('API key')
        ? { recorded: c.apiKeyFingerprint, at: c.createdAt }
        : { recorded: c.environment, at: c.createdAt };
    case 'vault':
      return c.selection.vaultId
        ? { recorded: `${showInvisible(c.vaultName ?? '')} (${c.selection.vaultId})`, at: null }
        : NOTHING;
    case 'groups': {
      const facts = actedOn(c, names);
      return facts.length ? { recorded: facts.map(([l, v]) => `${l}: ${v}`).join('; '), at: null } : NOTHING;
    }
    case 'preflight':
      return roomCheck(c, step);
    case 'checkin':
      return checkIn(c, step);
    case 'review':
      return c.reviewedAt
        ? {
            recorded: c.tssRequestId ? `reviewed and sent: TSS request ${c.tssRequestId}` : 'reviewed',
            at: c.reviewedAt,
          }
        : NOTHING;
    case 'status':
      return step.observe && last ? { recorded: last.status, at: last.at } : NOTHING;
    case 'verify':
      return c.comparedWithDevicesAt
        ? {
            recorded:
              c.rootKeysUnchanged === false
                ? 'compared: the root keys CHANGED'
                : 'compared with the custodians’ devices',
            at: c.comparedWithDevicesAt,
          }
        : NOTHING;
    case 'drill': {
      const verdicts = c.drill?.verdicts;
      if (step.observe)
        return verdicts?.length ? { recorded: verdicts.map((v) => v.summary).join(' '), at: null } : NOTHING;
      const files = c.drill?.files ?? [];
      const latest = files.at(-1);
      return latest ? { recorded: `${files.length} file(s) checked`, at: latest.at } : NOTHING;
    }
    case 'close':
      return closing(c, step);
    default:
      return NOTHING;
  }
}

/** The script in force (the last printed), each step with what was recorded and its exceptions; null if none was printed. */
export function annotatedScript(
  c: Ceremony,
  names: Readonly<Record<string, string>> = {},
): Array<{ readonly title: string; readonly steps: readonly AnnotatedStep[] }> | null {
  const acts: readonly ScriptAct[] = c.scripts.at(-1)?.acts ?? [];
  if (!acts.length) return null;
  return acts.map((act) => ({
    title: act.title,
    steps: act.steps.map((step) => ({
      ...step,
      ...recordedFor(c, step, names),
      exceptions: c.exceptions.filter((e) => e.step === step.no),
    })),
  }));
}
