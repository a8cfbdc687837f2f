/**
 * The report as the annotated script (issue #31, item 2): the run sheet in force, step by step, with
 * what the app recorded for each step and when, and the exceptions recorded against it in place. Pure,
 * over the ceremony's state: a step the record says nothing of shows nothing, never a guess.
 */
import { ENVIRONMENT_NAMES } from '../i18n/environments';
import type { Ceremony, ChecklistItem, ScriptAct, ScriptException, ScriptStep } from '../contract';
import { actedOn } from './acted-on';
import { ROOM_CHECK_KEYS } from './room-checks';
import { readNodeId } from './node-id';
import { showInvisible } from '../visible-text';
import { EN, type MessageKey, type Translate } from '../i18n/translate';
import { actTitleIn, stepIn } from './script-words';

export interface AnnotatedStep extends ScriptStep {
  /** What the app recorded for this step; null when the record says nothing of it. */
  readonly recorded: string | null;
  readonly at: string | null;
  readonly exceptions: readonly ScriptException[];
}

type Recorded = { recorded: string | null; at: string | null };

/** A ceremony's outcome in words (in English, the record's own code word for it, as before). */
export const OUTCOME_KEYS: Readonly<Record<NonNullable<Ceremony['outcome']>, MessageKey>> = {
  success: 'reportScript.outcome.success',
  failed: 'reportScript.outcome.failed',
  cancelled: 'reportScript.outcome.cancelled',
  abandoned: 'reportScript.outcome.abandoned',
};

const NOTHING: Recorded = { recorded: null, at: null };

/** The room check a step names, by its words on the sheet (recorded in English). */
function roomCheck(c: Ceremony, step: ScriptStep, t: Translate): Recorded {
  const item = (Object.keys(ROOM_CHECK_KEYS) as ChecklistItem[]).find((i) =>
    step.what.endsWith(EN(ROOM_CHECK_KEYS[i])),
  );
  const at = item ? c.checklist[item] : undefined;
  return at ? { recorded: t('reportScript.recorded.ticked'), at } : NOTHING;
}

/** The custodian a check-in step names, by the TSS node ID printed as expected. */
function checkIn(c: Ceremony, step: ScriptStep, t: Translate): Recorded {
  const node = Object.keys(c.custodians).find((id) => readNodeId(id, EN).chunks.join(' ') === step.expected);
  if (!node) return NOTHING;
  const name = c.custodianNames[node];
  return {
    recorded: name
      ? t('reportScript.recorded.checkedInNamed', { name: showInvisible(name), node })
      : t('reportScript.recorded.checkedIn', { node }),
    at: c.custodians[node] ?? null,
  };
}

/** The close, and the witnesses' co-signatures of its head. */
function closing(c: Ceremony, step: ScriptStep, t: Translate): Recorded {
  const over = c.phase === 'closed' || c.phase === 'abandoned';
  if (step.who !== EN('reportScript.who.witnesses'))
    // Co-signatures come after the close and move the state's time: then the close's own time is not known here.
    return over
      ? {
          recorded: t('reportScript.recorded.closed', {
            outcome: c.outcome ? t(OUTCOME_KEYS[c.outcome]) : t('reportScript.recorded.noOutcome'),
          }),
          at: c.attestations.length ? null : c.updatedAt,
        }
      : NOTHING;
  const [first] = c.attestations;
  const last = c.attestations.at(-1);
  if (!first || !last) return NOTHING;
  const signed = c.attestations.map((a) =>
    a.dissent
      ? t('reportScript.recorded.dissentBy', { principal: a.principal })
      : t('reportScript.recorded.coSignedBy', { principal: a.principal }),
  );
  return {
    recorded: t('reportScript.recorded.signatures', {
      list: signed.join(t('reportScript.recorded.separator')),
      head: first.head,
    }),
    at: last.at,
  };
}

/** What the record holds for one step of the script. */
function recordedFor(
  c: Ceremony,
  step: ScriptStep,
  names: Readonly<Record<string, string>>,
  t: Translate,
): Recorded {
  const last = c.statuses.at(-1);
  switch (step.wizard) {
    case 'profile':
      // The sheet's steps are recorded in English.
      return step.what.includes('API key')
        ? { recorded: c.apiKeyFingerprint, at: c.createdAt }
        : {
            recorded: t('report.fact.environmentValue', {
              name: t(ENVIRONMENT_NAMES[c.environment]),
              code: c.environment,
            }),
            at: c.createdAt,
          };
    case 'vault':
      return c.selection.vaultId
        ? { recorded: `${showInvisible(c.vaultName ?? '')} (${c.selection.vaultId})`, at: null }
        : NOTHING;
    case 'groups': {
      const facts = actedOn(c, names, t)
        .map(([label, value]) => t('reportScript.recorded.fact', { label, value }))
        .join(t('reportScript.recorded.separator'));
      return facts ? { recorded: facts, at: null } : NOTHING;
    }
    case 'preflight':
      return roomCheck(c, step, t);
    case 'checkin':
      return checkIn(c, step, t);
    case 'review':
      return c.reviewedAt
        ? {
            recorded: c.tssRequestId
              ? t('reportScript.recorded.sent', { id: c.tssRequestId })
              : t('reportScript.recorded.reviewed'),
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
                ? t('reportScript.recorded.rootKeysChanged')
                : t('reportScript.recorded.compared'),
            at: c.comparedWithDevicesAt,
          }
        : NOTHING;
    case 'drill': {
      const verdicts = c.drill?.verdicts;
      if (step.observe)
        return verdicts?.length ? { recorded: verdicts.map((v) => v.summary).join(' '), at: null } : NOTHING;
      const files = c.drill?.files ?? [];
      const latest = files.at(-1);
      return latest
        ? {
            recorded: t('reportScript.recorded.filesChecked', { count: String(files.length) }),
            at: latest.at,
          }
        : NOTHING;
    }
    case 'close':
      return closing(c, step, t);
    default:
      return NOTHING;
  }
}

/**
 * The script in force (the last printed), each step with what was recorded and its exceptions; null if
 * none was printed. The steps as recorded (in English) are matched, then given in the language of `t`.
 */
export function annotatedScript(
  c: Ceremony,
  names: Readonly<Record<string, string>>,
  t: Translate,
): Array<{ readonly title: string; readonly steps: readonly AnnotatedStep[] }> | null {
  const acts: readonly ScriptAct[] = c.scripts.at(-1)?.acts ?? [];
  if (!acts.length) return null;
  return acts.map((act) => ({
    title: actTitleIn(act.title, t),
    steps: act.steps.map((step) => ({
      ...stepIn(step, t),
      // Matched by the words recorded (English), then said in the language of `t`.
      ...recordedFor(c, step, names, t),
      exceptions: c.exceptions.filter((e) => e.step === step.no),
    })),
  }));
}
