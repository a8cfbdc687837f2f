/**
 * The recovery drill's files: each holder in turn chooses their file and types its password (no echo;
 * it is sent once, to main, and the field is cleared at once). Each file's result shows at once, holder
 * by holder; the conclusion says, per curve, what is proven and what is not.
 */
import { useState } from 'react';
import { call } from '../api';
import { Field } from '../components/Field';
import type { StepProps } from './StepProps';

const CHECK_WORDS: Record<string, string> = {
  form: 'the file’s form',
  'same-key': 'the same key as the other files',
  share: 'its share matches its public key',
};

export function DrillStep({ ceremony, run, busy }: StepProps) {
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
          <Field label="The holder’s recovery file (.json)">
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
          <Field label="Its password, typed by the holder">
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
            Check this file
          </button>
        </form>
      )}
      {drill && drill.files.length > 0 && (
        <ol className="checks" aria-label="Recovery files checked" data-testid="drill-files">
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
                  {failed ? '✗' : '✓'}
                </span>
                <span>
                  <strong>{f.holder ?? f.nodeId ?? f.file}</strong> ({f.file}, SHA-256{' '}
                  <span className="mono">{f.sha256.slice(0, 16)}…</span>):{' '}
                  {failed?.failed
                    ? failed.failed.message
                    : `every check passed on ${f.groups.map((g) => g.curve).join(' and ')}: ${f.groups[0]?.passed.map((p) => CHECK_WORDS[p] ?? p).join('; ')}.`}
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
            Conclude the drill
          </button>
        </div>
      )}
      {drill?.verdicts && (
        <ul className="checks" aria-label="The drill’s conclusion" data-testid="drill-verdicts">
          {drill.verdicts.map((v) => (
            <li key={v.curve} className={v.outcome === 'proven' ? 'check-ok' : 'check-bad'}>
              <span>
                <strong>{v.curve}:</strong> {v.summary}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
