/**
 * A printed run sheet's steps in another language (issue #32). The journal keeps each sheet's steps as
 * printed for the record, in English, so the report can annotate the very script printed; to print the
 * report in another language, each of the sheet's own sentences is found by its English words and
 * given in that language. What is not the sheet's sentence (a name, an ID, a value) stays as recorded.
 */
import type { ScriptStep } from '../contract';
import { EN, type MessageKey, type Translate } from '../i18n/translate';
import { ROOM_CHECK_KEYS } from './room-checks';
import { keyName } from './key-rules';

/** A key's name (Main Key…) in the language of `t`, from its English name; another as it is. */
const keyNameIn = (name: string, t: Translate): string => {
  const type = ['MainGroup', 'SigningGroup', 'RecoveryGroup'].find((k) => keyName(k, EN) === name);
  return type ? keyName(type, t) : name;
};

/** The sheet's sentences with no values in them (see run-sheet.ts). */
const SENTENCES: readonly MessageKey[] = [
  'reportScript.act.before',
  'reportScript.act.files',
  'reportScript.act.request',
  'reportScript.act.after',
  'reportScript.who.officer',
  'reportScript.who.officerAndWitnesses',
  'reportScript.who.custodians',
  'reportScript.who.eachHolder',
  'reportScript.who.witnesses',
  'reportScript.what.readEnvironment',
  'reportScript.what.readApiKey',
  'reportScript.what.readVault',
  'reportScript.what.readTarget',
  'reportScript.what.readSource',
  'reportScript.what.checkInNode',
  'reportScript.what.checkInGuard',
  'reportScript.what.review',
  'reportScript.what.act',
  'reportScript.what.readStatus',
  'reportScript.what.drillFile',
  'reportScript.what.readConclusion',
  'reportScript.what.compareUnchanged',
  'reportScript.what.compareCreated',
  'reportScript.what.close',
  'reportScript.what.witnessesPlan',
  'reportScript.what.witnessesByHand',
  'reportScript.expected.drillConclusion',
  'reportScript.environment.sandbox',
  'reportScript.environment.development',
  'reportScript.environment.production',
  ...Object.values(ROOM_CHECK_KEYS),
];

const BY_ENGLISH: ReadonlyMap<string, MessageKey> = new Map(SENTENCES.map((key) => [EN(key), key]));

/** A part a pattern matched (always there when it matched). */
const part = (match: RegExpExecArray, n: number): string => match[n] ?? '';

/** A sentence of the sheet in the language of `t`; anything else as it is. */
function sentence(text: string, t: Translate): string {
  const key = BY_ENGLISH.get(text);
  if (key) return t(key);
  const room = /^Room check: (.+)$/.exec(text);
  if (room && BY_ENGLISH.has(part(room, 1)))
    return t('reportScript.what.roomCheck', { check: sentence(part(room, 1), t) });
  const operator = /^(.+)'s operator$/.exec(text);
  if (operator) return t('reportScript.who.operator', { name: part(operator, 1) });
  const keyLine = /^(.+) (\S+), (\d+)-of-(\d+)$/.exec(text);
  if (keyLine)
    return t('reportScript.expected.key', {
      key: keyNameIn(part(keyLine, 1), t),
      id: part(keyLine, 2),
      threshold: part(keyLine, 3),
      participants: part(keyLine, 4),
    });
  const signatures = /^(\d+) co-signatures? in (\S+), each checked by the app$/.exec(text);
  if (signatures)
    return t('reportScript.expected.coSignatures', {
      count: Number(part(signatures, 1)),
      namespace: part(signatures, 2),
    });
  return text;
}

/** Several fingerprints, as the sheet joins them: each part a fingerprint, nothing else. */
function fingerprints(text: string, t: Translate): string | null {
  const parts = text.split(EN('reportScript.expected.and'));
  return parts.length > 1 && parts.every((p) => /^[0-9A-Za-z-]+$/.test(p))
    ? parts.join(t('reportScript.expected.and'))
    : null;
}

const expected = (text: string | null, t: Translate): string | null =>
  text === null ? null : (fingerprints(text, t) ?? sentence(text, t));

/** A recorded act's title in the language of `t`. */
export const actTitleIn = (title: string, t: Translate): string => sentence(title, t);

/** A recorded step in the language of `t`: the same number and marks, its words translated. */
export const stepIn = <S extends ScriptStep>(s: S, t: Translate): S => ({
  ...s,
  who: sentence(s.who, t),
  what: sentence(s.what, t),
  expected: expected(s.expected, t),
});
