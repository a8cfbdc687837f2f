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
import { useT } from '../store/language';
import type { MessageKey } from '../../../common/i18n/translate';

const FIELDS: ReadonlyArray<readonly ['expected' | 'happened' | 'decided' | 'agreed', MessageKey]> = [
  ['expected', 'run.script.expected'],
  ['happened', 'run.script.happened'],
  ['decided', 'run.script.decided'],
  ['agreed', 'run.script.agreed'],
];

export function ScriptTools({
  ceremony,
  data,
  wizard,
}: {
  ceremony: Ceremony;
  data: CoboData;
  wizard: string;
}) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [values, setValues] = useState({ expected: '', happened: '', decided: '', agreed: '' });
  const { busy, error, run } = useAction();
  if (!ceremony.scripts.length) return null;
  const sheet = runSheet(
    ceremony,
    {
      groups: data.groups,
      participants: participantsOf(ceremony, data),
      rootKeyFingerprints: [],
    },
    t,
  );
  const step = scriptStepOf(sheet, wizard);
  if (step === null) return null;
  const recorded = ceremony.exceptions.filter((e) => e.step === step);
  const over = ceremony.phase === 'closed' || ceremony.phase === 'abandoned';
  return (
    <div className="muted small" data-testid="script-tools">
      <p>
        {t('run.script.step', { step, version: ceremony.scripts.at(-1)?.version ?? '' })}{' '}
        {!over && (
          <button type="button" className="link-button" aria-expanded={open} onClick={() => setOpen(!open)}>
            {t('run.script.recordAgainst', { step })}
          </button>
        )}
      </p>
      {recorded.length > 0 && (
        <ul aria-label={t('run.script.recorded', { step })} data-testid="step-exceptions">
          {recorded.map((e) => (
            <li key={e.at}>
              {t('run.script.exception', { happened: e.happened, decided: e.decided, agreed: e.agreed })}
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
            <Field key={key} label={t(label)}>
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
            {t('run.script.record')}
          </button>
          {error && <ErrorNotice error={error} />}
        </form>
      )}
    </div>
  );
}
