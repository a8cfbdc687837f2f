/**
 * A journal entry in words, for reading a record in the app: what happened and who acted. The journal
 * itself stays kinds and values (a transcript reads the same in any language); these are its words.
 */
import { keyName } from './key-rules';
import { ROOM_CHECK_WORDS } from './room-checks';
import { CEREMONY_KINDS } from './kinds';
import { showInvisible } from '../visible-text';

export interface EntryInWords {
  readonly what: string;
  /** Who acted: the officer at this workstation, a custodian, Cobo, or the app itself. */
  readonly who: string;
}

type Data = Readonly<Record<string, unknown>>;
const text = (v: unknown): string => (typeof v === 'string' ? showInvisible(v) : '');
const OFFICER = 'The officer';
const APP = 'The app';
const COBO = 'Cobo';
const WITNESS = 'A witness';

const STEP_WORDS = (d: Data): string => {
  if (d.step === 'selection')
    return `Choices recorded${text(d.vault_name) ? ` for the vault “${text(d.vault_name)}”` : ''}`;
  if (d.step === 'review') {
    const call = d.call as { method?: unknown; path?: unknown } | undefined;
    return `Review prepared: the exact request${call ? ` (${text(call.method)} ${text(call.path)})` : ''} and its body`;
  }
  return `Step completed: ${text(d.step)}`;
};

const ANSWER_WORDS = (d: Data): string => {
  if (d.cancel === true) return `Cobo answered the cancellation: ${text(d.status)}`;
  if (d.outcome === 'unknown') return 'No answer from Cobo: the outcome is unknown, so the app looks for it';
  if (d.reconciled === true) return 'The request was found at Cobo after an unknown outcome';
  if (text(d.tss_request_id)) return `Cobo accepted the request: TSS request ${text(d.tss_request_id)}`;
  if (text(d.key_share_holder_group_id))
    return `Cobo answered: ${keyName(text(d.type))} ${text(d.key_share_holder_group_id)}`;
  if (d.gone === true) return 'Cobo accepted the deletion; the key is gone';
  return 'Cobo answered';
};

const CLOSURE_WORDS = (d: Data): string => {
  if (d.outcome !== 'abandoned') return `Closed: ${text(d.outcome) || 'no outcome'}`;
  const why = text(d.why);
  return `Abandoned${d.request_left === 'pending' ? ', its request left pending at Cobo' : ''}${why ? `: ${why}` : ''}`;
};

const WORDS: Readonly<Record<string, (d: Data) => EntryInWords>> = {
  ceremony_started: (d) => {
    const kind = CEREMONY_KINDS[text(d.kind) as keyof typeof CEREMONY_KINDS];
    return { what: `Ceremony started: ${kind?.title ?? text(d.kind)}, ${text(d.environment)}`, who: OFFICER };
  },
  step_completed: (d) => ({ what: STEP_WORDS(d), who: OFFICER }),
  checklist_tick: (d) => ({
    what: `Room check ticked: ${ROOM_CHECK_WORDS[d.item as keyof typeof ROOM_CHECK_WORDS] ?? text(d.item)}`,
    who: OFFICER,
  }),
  custodian_checkin: (d) => ({
    what: `Custodian present: ${text(d.name)} (TSS node ${text(d.tss_node_id)})`,
    who: OFFICER,
  }),
  witnesses: (d) => ({
    what: `Witnesses recorded: ${Array.isArray(d.names) ? d.names.map(text).join(', ') : ''}`,
    who: OFFICER,
  }),
  preflight: (d) => ({
    what: d.ok === true ? 'Pre-flight run: every check passed' : 'Pre-flight run: not every check passed',
    who: APP,
  }),
  request_intent: () => ({
    what: 'About to send the request (written first, so it is never sent twice)',
    who: APP,
  }),
  request_sent: () => ({ what: 'Request sent to Cobo', who: APP }),
  response_received: (d) => ({ what: ANSWER_WORDS(d), who: COBO }),
  status_observed: (d) => ({ what: `Cobo reported the request as ${text(d.status)}`, who: COBO }),
  verification_result: (d) => ({
    what:
      d.custodians_compared_with_devices === true
        ? 'The custodians compared the root keys with their devices'
        : d.unchanged === false
          ? 'Root keys checked: they CHANGED'
          : d.unchanged === true
            ? 'Root keys checked: unchanged'
            : 'Root keys read',
    who: d.custodians_compared_with_devices === true ? OFFICER : APP,
  }),
  ceremony_finished: (d) => ({ what: `The request ended: ${text(d.outcome)}`, who: COBO }),
  backup_confirmed: (d) => ({ what: `Backup confirmed: ${text(d.name)}`, who: OFFICER }),
  recovery_file_checked: (d) => {
    const failed = Array.isArray(d.groups)
      ? (d.groups as Array<{ failed?: unknown }>).flatMap((g) => (g.failed ? [text(g.failed)] : []))
      : [];
    return {
      what: `Recovery file of ${text(d.holder ?? d.node_id)} checked (${text(d.file)}): ${failed.length ? `not proven, ${failed.join(', ')} check failed` : 'its share proven'}`,
      who: APP,
    };
  },
  recovery_drill_result: (d) => ({
    what:
      d.proven === true
        ? 'Drill concluded: the recovery files rebuild the vault’s recorded root keys'
        : 'Drill concluded: the recovery files are not proven to rebuild the vault’s root keys',
    who: APP,
  }),
  script_printed: (d) => ({
    what: `Run sheet printed: version ${typeof d.version === 'number' ? d.version : '?'}, SHA-256 ${text(d.sha256)}${typeof d.supersedes === 'string' ? ` (supersedes ${d.supersedes.slice(0, 16)}…)` : ''}`,
    who: OFFICER,
  }),
  exception: (d) => ({
    what: `Exception at script step ${typeof d.step === 'number' ? d.step : '?'}: ${text(d.happened)}; decided: ${text(d.decided)}; agreed: ${text(d.agreed)}`,
    who: OFFICER,
  }),
  witness_signers: (d) => ({
    what: `Witnesses’ keys fixed in the plan: ${Array.isArray(d.signers) ? (d.signers as Array<{ principal?: unknown }>).map((x) => text(x.principal)).join(', ') || 'none' : '?'}`,
    who: OFFICER,
  }),
  attestation: (d) => ({
    what: `${d.dissent === true ? 'Dissent signed' : 'Co-signed'} by ${text(d.principal)} over the closing head ${text(d.head)}`,
    who: WITNESS,
  }),
  note: (d) => ({ what: `Note: ${text(d.note)}`, who: APP }),
  key_replaced: () => ({ what: 'The transcript key was replaced; the new key signs on', who: OFFICER }),
  closure: (d) => ({ what: CLOSURE_WORDS(d), who: OFFICER }),
};

export function entryInWords(kind: string, data: Data): EntryInWords {
  return (
    WORDS[kind]?.(data) ?? { what: `An entry of a kind this version does not know (${text(kind)})`, who: '—' }
  );
}
