/**
 * A journal entry in words, for reading a record in the app: what happened and who acted. The journal
 * itself stays kinds and values (a transcript reads the same in any language); these are its words, in
 * the language of `t`.
 */
import { keyName } from './key-rules';
import { ROOM_CHECK_KEYS } from './room-checks';
import { CEREMONY_KINDS } from './kinds';
import { showInvisible } from '../visible-text';
import type { MessageKey, Translate } from '../i18n/translate';
import { ENVIRONMENT_NAMES } from '../i18n/environments';
import type { EnvironmentId } from '../contract';

export interface EntryInWords {
  readonly what: string;
  /** Who acted: the officer at this workstation, a custodian, Cobo, or the app itself. */
  readonly who: string;
}

type Data = Readonly<Record<string, unknown>>;
type Words = (d: Data, t: Translate) => EntryInWords;
const text = (v: unknown): string => (typeof v === 'string' ? showInvisible(v) : '');
const OFFICER = (t: Translate) => t('words.journal.who.officer');
const APP = (t: Translate) => t('words.journal.who.app');
const COBO = (t: Translate) => t('words.journal.who.cobo');
const WITNESS = (t: Translate) => t('words.journal.who.witness');

/** The journal's codes said in words; a code this build does not know shows as it is. */
const OUTCOME_KEYS: Readonly<Partial<Record<string, MessageKey>>> = {
  success: 'history.outcome.success',
  failed: 'history.outcome.failed',
  cancelled: 'history.outcome.cancelled',
  abandoned: 'history.outcome.abandoned',
};
const NOTE_KEYS: Readonly<Partial<Record<string, MessageKey>>> = {
  'cancel requested': 'words.journal.noteCancelRequested',
};
const coded = (keys: typeof OUTCOME_KEYS, v: unknown, t: Translate): string => {
  const key = typeof v === 'string' ? keys[v] : undefined;
  return key ? t(key) : text(v);
};

const STEP_WORDS = (d: Data, t: Translate): string => {
  if (d.step === 'selection')
    return text(d.vault_name)
      ? t('words.journal.step.selectionForVault', { vault: text(d.vault_name) })
      : t('words.journal.step.selection');
  if (d.step === 'review') {
    const call = d.call as { method?: unknown; path?: unknown } | undefined;
    return call
      ? t('words.journal.step.reviewCall', { method: text(call.method), path: text(call.path) })
      : t('words.journal.step.review');
  }
  return t('words.journal.step.completed', { step: text(d.step) });
};

const ANSWER_WORDS = (d: Data, t: Translate): string => {
  if (d.cancel === true) return t('words.journal.answer.cancel', { status: text(d.status) });
  if (d.outcome === 'unknown') return t('words.journal.answer.unknown');
  if (d.reconciled === true) return t('words.journal.answer.reconciled');
  if (text(d.tss_request_id)) return t('words.journal.answer.accepted', { id: text(d.tss_request_id) });
  if (text(d.key_share_holder_group_id))
    return t('words.journal.answer.group', {
      key: keyName(text(d.type), t),
      id: text(d.key_share_holder_group_id),
    });
  if (d.gone === true) return t('words.journal.answer.gone');
  return t('words.journal.answer.other');
};

const CLOSURE_WORDS = (d: Data, t: Translate): string => {
  if (d.outcome !== 'abandoned')
    return text(d.outcome)
      ? t('words.journal.closure.closed', { outcome: text(d.outcome) })
      : t('words.journal.closure.closedNoOutcome');
  const why = text(d.why);
  const pending = d.request_left === 'pending';
  if (why)
    return pending
      ? t('words.journal.closure.abandonedPendingWhy', { why })
      : t('words.journal.closure.abandonedWhy', { why });
  return pending ? t('words.journal.closure.abandonedPending') : t('words.journal.closure.abandoned');
};

const listOf = (names: string[], t: Translate): string => names.join(t('words.journal.listSeparator'));

/** The environment by its name in `t`'s language, its code as journalled after it; an unknown code as it is. */
const environmentWords = (code: unknown, t: Translate): string =>
  isEnvironment(code)
    ? t('boundary.journal.environment', { name: t(ENVIRONMENT_NAMES[code]), code })
    : text(code);
const isEnvironment = (code: unknown): code is EnvironmentId =>
  typeof code === 'string' && Object.hasOwn(ENVIRONMENT_NAMES, code);

const WORDS: Readonly<Record<string, Words>> = {
  ceremony_started: (d, t) => {
    const kind = CEREMONY_KINDS[text(d.kind) as keyof typeof CEREMONY_KINDS];
    return {
      what: t('words.journal.started', {
        kind: kind ? t(kind.titleKey) : text(d.kind),
        environment: environmentWords(d.environment, t),
      }),
      who: OFFICER(t),
    };
  },
  step_completed: (d, t) => ({ what: STEP_WORDS(d, t), who: OFFICER(t) }),
  checklist_tick: (d, t) => {
    const key = ROOM_CHECK_KEYS[d.item as keyof typeof ROOM_CHECK_KEYS];
    return { what: t('words.journal.roomCheck', { item: key ? t(key) : text(d.item) }), who: OFFICER(t) };
  },
  custodian_checkin: (d, t) => ({
    what: t('words.journal.checkin', { name: text(d.name), node: text(d.tss_node_id) }),
    who: OFFICER(t),
  }),
  witnesses: (d, t) => ({
    what: t('words.journal.witnesses', { names: Array.isArray(d.names) ? listOf(d.names.map(text), t) : '' }),
    who: OFFICER(t),
  }),
  preflight: (d, t) => ({
    what: d.ok === true ? t('words.journal.preflight.passed') : t('words.journal.preflight.failed'),
    who: APP(t),
  }),
  request_intent: (_d, t) => ({ what: t('words.journal.requestIntent'), who: APP(t) }),
  request_sent: (_d, t) => ({ what: t('words.journal.requestSent'), who: APP(t) }),
  response_received: (d, t) => ({ what: ANSWER_WORDS(d, t), who: COBO(t) }),
  status_observed: (d, t) => ({
    what: t('words.journal.statusObserved', { status: text(d.status) }),
    who: COBO(t),
  }),
  verification_result: (d, t) => ({
    what:
      d.custodians_compared_with_devices === true
        ? t('words.journal.verification.compared')
        : d.unchanged === false
          ? t('words.journal.verification.changed')
          : d.unchanged === true
            ? t('words.journal.verification.unchanged')
            : t('words.journal.verification.read'),
    who: d.custodians_compared_with_devices === true ? OFFICER(t) : APP(t),
  }),
  ceremony_finished: (d, t) => ({
    what: t('words.journal.finished', { outcome: coded(OUTCOME_KEYS, d.outcome, t) }),
    who: COBO(t),
  }),
  backup_confirmed: (d, t) => ({ what: t('words.journal.backup', { name: text(d.name) }), who: OFFICER(t) }),
  recovery_file_checked: (d, t) => {
    const failed = Array.isArray(d.groups)
      ? (d.groups as Array<{ failed?: unknown }>).flatMap((g) => (g.failed ? [text(g.failed)] : []))
      : [];
    const values = { holder: text(d.holder ?? d.node_id), file: text(d.file) };
    return {
      what: failed.length
        ? t('words.journal.recoveryFile.failed', { ...values, failed: listOf(failed, t) })
        : t('words.journal.recoveryFile.proven', values),
      who: APP(t),
    };
  },
  recovery_drill_result: (d, t) => ({
    what: d.proven === true ? t('words.journal.drill.proven') : t('words.journal.drill.notProven'),
    who: APP(t),
  }),
  script_printed: (d, t) => {
    const values = { version: typeof d.version === 'number' ? d.version : '?', sha256: text(d.sha256) };
    return {
      what:
        typeof d.supersedes === 'string'
          ? t('words.journal.scriptPrintedSupersedes', { ...values, supersedes: d.supersedes.slice(0, 16) })
          : t('words.journal.scriptPrinted', values),
      who: OFFICER(t),
    };
  },
  exception: (d, t) => ({
    what: t('words.journal.exception', {
      step: typeof d.step === 'number' ? d.step : '?',
      happened: text(d.happened),
      decided: text(d.decided),
      agreed: text(d.agreed),
    }),
    who: OFFICER(t),
  }),
  witness_signers: (d, t) => {
    const names = Array.isArray(d.signers)
      ? listOf(
          (d.signers as Array<{ principal?: unknown }>).map((x) => text(x.principal)),
          t,
        )
      : '?';
    return {
      what: t('words.journal.witnessSigners', { names: names || t('words.journal.none') }),
      who: OFFICER(t),
    };
  },
  attestation: (d, t) => {
    const values = { principal: text(d.principal), head: text(d.head) };
    return {
      what:
        d.dissent === true
          ? t('words.journal.attestation.dissent', values)
          : t('words.journal.attestation.coSigned', values),
      who: WITNESS(t),
    };
  },
  note: (d, t) => ({ what: t('words.journal.note', { note: coded(NOTE_KEYS, d.note, t) }), who: APP(t) }),
  key_replaced: (_d, t) => ({ what: t('words.journal.keyReplaced'), who: OFFICER(t) }),
  closure: (d, t) => ({ what: CLOSURE_WORDS(d, t), who: OFFICER(t) }),
};

export function entryInWords(kind: string, data: Data, t: Translate): EntryInWords {
  return (
    WORDS[kind]?.(data, t) ?? {
      what: t('words.journal.unknownKind', { kind: text(kind) }),
      who: '—',
    }
  );
}
