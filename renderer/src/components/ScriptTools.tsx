/**
 * The script beside the wizard (issue #31): once a run sheet is printed, each step says its script step
 * number, and an exception can be recorded against it (what was expected, what happened instead, what
 * was decided, who agreed), journalled like everything else. Exceptions already recorded are listed.
 */
import { useState } from 'react';
import type { Ceremony } from '../../../common/contract';
import { runSheet, scriptStepOf } from '../../../common/ceremony/run-sheet';
import { call } from '../api';
import { useAction } from '../store/use-action';
import { participantsOf, type CoboData } from '../steps/use-cobo-data';
import { ErrorNotice } from './ErrorNotice';
import { Field } from './Field';

const FIELDS = [
  ['expected', 'What the script expected'],
  ['happened', 'What happened instead'],
  ['decided', 'What was decided'],
  ['agreed', 'Who agreed (names or initials)'],
] as const;

export function ScriptTools({
  ceremony,
  data,
  wizard,
}: {
  ceremony: Ceremony;
  data: CoboData;
  wizard: string;
}) {
  const [open, setOpen] = useState(false);
  const [values, setValues] = useState({ expected: '', happened: '', decided: '', agreed: '' });
  const { busy, error, run } = useAction();
  if (!ceremony.scripts.length) return null;
  const sheet = runSheet(ceremony, {
    groups: data.groups,
    participants: participantsOf(ceremony, data),
    rootKeyFingerprints: [],
  });
  const step = scriptStepOf(sheet, wizard);
  if (step === null) return null;
  const recorded = ceremony.exceptions.filter((e) => e.step === step);
  const over = ceremony.phase === 'closed' || ceremony.phase === 'abandoned';
  return (
    <div className="muted small" data-testid="script-tools">
      <p>
        Script step {step} (run sheet version {ceremony.scripts.at(-1)?.version}).{' '}
        {!over && (
          <button type="button" className="link-button" aria-expanded={open} onClick={() => setOpen(!open)}>
            Record an exception against step {step}…
          </button>
        )}
      </p>
      {recorded.length > 0 && (
        <ul aria-label={`Exceptions recorded against step ${step}`} data-testid="step-exceptions">
          {recorded.map((e) => (
            <li key={e.at}>
              {e.happened}; decided: {e.decided} (agreed: {e.agreed})
            </li>
          ))}
        </ul>
      )}
      {open && !over && (
        <form
          className="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            void run(async () => {
              await call('ceremony.recordException', { id: ceremony.id, exception: { step, ...values } });
              setValues({ expected: '', happened: '', decided: '', agreed: '' });
              setOpen(false);
            });
          }}
        >
          {FIELDS.map(([key, label]) => (
            <Field key={key} label={label}>
              {(id) => (
                <input
                  id={id}
                  value={values[key]}
                  maxLength={key === 'expected' ? 500 : key === 'agreed' ? 300 : 1000}
                  onChange={(e) => setValues({ ...values, [key]: e.target.value })}
                />
              )}
            </Field>
          ))}
          <button
            type="submit"
            className="button"
            disabled={busy || Object.values(values).some((v) => !v.trim())}
          >
            Record the exception
          </button>
          {error && <ErrorNotice error={error} />}
        </form>
      )}
    </div>
  );
}
