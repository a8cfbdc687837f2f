/**
 * The recovery drill's files: each holder in turn chooses their file and types its password (no echo;
 * it is sent once, to main, and the field is cleared at once). Each file's result shows at once, holder
 * by holder; the conclusion says, per curve, what is proven and what is not.
 */
import { useState } from 'react';
import { call } from '../api';
import { Field } from '../components/Field';
import type { StepProps } from './StepProps';
import { say, type MessageKey } from '../../../common/i18n/translate';
import { useRich, useT } from '../store/language';

const CHECK_WORDS: Record<string, MessageKey> = {
  form: 'prepare.drill.checkForm',
  'same-key': 'prepare.drill.checkSameKey',
  share: 'prepare.drill.checkShare',
};

/** Marks, not words: the same in every language (hidden from screen readers, which read the text). */
const MARK = { failed: '✗', passed: '✓' } as const;

export function DrillStep({ ceremony, run, busy }: StepProps) {
  const t = useT();
  const rich = useRich();
  const [file, setFile] = useState<{ name: string; content: string } | null>(null);
  const [password, setPassword] = useState('');
  const [inputKey, setInputKey] = useState(0);
  const drill = ceremony.drill;
  const open = ceremony.phase === 'preparing';
  return (
    <div className="stack">
      {open && (
        <form
          className="inline-form"
          data-testid="drill-file-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (!file) return;
            const typed = password;
            // Never kept on the page: cleared before the answer comes.
            setPassword('');
            void run(async () => {
              await call('ceremony.drillFile', {
                id: ceremony.id,
                fileName: file.name,
                content: file.content,
                password: typed,
              });
              setFile(null);
              setInputKey((k) => k + 1);
            });
          }}
        >
          <Field label={t('prepare.drill.file')}>
            {(id) => (
              <input
                key={inputKey}
                id={id}
                type="file"
                accept=".json,application/json"
                onChange={(e) => {
                  const chosen = e.target.files?.[0];
                  if (chosen) void chosen.text().then((content) => setFile({ name: chosen.name, content }));
                }}
              />
            )}
          </Field>
          <Field label={t('prepare.drill.password')}>
            {(id) => (
              <input
                id={id}
                type="password"
                autoComplete="off"
                value={password}
                onChange={(e) => setPassword(e.target.value)}
              />
            )}
          </Field>
          <button type="submit" className="button button-primary" disabled={busy || !file || !password}>
            {t('prepare.drill.check')}
          </button>
        </form>
      )}
      {drill && drill.files.length > 0 && (
        <ol className="checks" aria-label={t('prepare.drill.filesLabel')} data-testid="drill-files">
          {drill.files.map((f) => {
            const failed = f.groups.find((g) => g.failed);
            return (
              <li
                key={`${f.sha256}-${f.at}`}
                className={failed ? 'check-bad' : 'check-ok'}
                data-focus-result
                tabIndex={-1}
              >
                <span className="check-mark" aria-hidden="true">
                  {failed ? MARK.failed : MARK.passed}
                </span>
                <span>
                  {rich('prepare.drill.fileResult', {
                    who: f.holder ?? f.nodeId ?? f.file,
                    file: f.file,
                    hash: 'SHA-256',
                    sha: f.sha256.slice(0, 16),
                    result: failed?.failed
                      ? (say(t, failed.failed.said) ?? failed.failed.message)
                      : t('prepare.drill.passed', {
                          curves: f.groups.map((g) => g.curve).join(t('prepare.drill.curveSeparator')),
                          checks: (f.groups[0]?.passed ?? [])
                            .map((p) => {
                              const key = CHECK_WORDS[p];
                              return key ? t(key) : p;
                            })
                            .join(t('prepare.drill.checkSeparator')),
                        }),
                    b: (chunks) => <strong>{chunks}</strong>,
                    m: (chunks) => <span className="mono">{chunks}</span>,
                  })}
                </span>
              </li>
            );
          })}
        </ol>
      )}
      {open && drill && drill.files.length > 0 && (
        <div className="actions">
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() =>
              void run(() => call('ceremony.drillConclude', { id: ceremony.id }), { andContinue: true })
            }
          >
            {t('prepare.drill.conclude')}
          </button>
        </div>
      )}
      {drill?.verdicts && (
        <ul className="checks" aria-label={t('prepare.drill.verdictsLabel')} data-testid="drill-verdicts">
          {drill.verdicts.map((v) => (
            <li key={v.curve} className={v.outcome === 'proven' ? 'check-ok' : 'check-bad'}>
              <span>
                {rich('prepare.drill.verdict', {
                  curve: v.curve,
                  summary: say(t, v.said) ?? v.summary,
                  b: (chunks) => <strong>{chunks}</strong>,
                })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
