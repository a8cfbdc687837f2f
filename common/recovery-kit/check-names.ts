/**
 * Each check of a recovery file by the name the record, the report and the command line give it (the
 * checks' codes are main/recovery-kit's); a check named otherwise shows as its code.
 */
import type { MessageKey, Translate } from '../i18n/translate';

const CHECK_NAMES: Readonly<Partial<Record<string, MessageKey>>> = {
  size: 'report.drill.check.size',
  form: 'report.drill.check.form',
  version: 'report.drill.check.version',
  group: 'report.drill.check.group',
  participants: 'report.drill.check.participants',
  'same-key': 'report.drill.check.sameKey',
  password: 'report.drill.check.password',
  kdf: 'report.drill.check.kdf',
  plaintext: 'report.drill.check.plaintext',
  'share-public-key': 'report.drill.check.sharePublicKey',
  share: 'report.drill.check.share',
};

export function checkName(t: Translate, check: string): string {
  const key = CHECK_NAMES[check];
  return key ? t(key) : check;
}
