/**
 * Rehearsal: a holder exports their recovery file, as a TSS Node's `export-share` or a Cobo Guard
 * backup would, encrypted with a password they choose (at least 8 characters, as Cobo asks). The file
 * is saved where the app saves exports; the password is sent once and never shown again.
 */
import { useId, useState } from 'react';
import type { ErrorPayload, SandboxHolder } from '../../../common/contract';
import { call } from '../api';
import { useAction } from '../store/use-action';
import { Field } from './Field';
import { useT } from '../store/language';

export function RecoveryFileExport({
  holder,
  onError,
}: {
  holder: SandboxHolder;
  onError(e: ErrorPayload | null): void;
}) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [password, setPassword] = useState('');
  const [saved, setSaved] = useState<string | null>(null);
  const ids = useId();
  const { busy, run } = useAction({ onError });
  if (!open)
    return (
      <button type="button" className="button" onClick={() => setOpen(true)} aria-expanded={false}>
        {t('prepare.export.open', { name: holder.name })}
      </button>
    );
  return (
    <form
      className="inline-form"
      data-testid="recovery-export"
      onSubmit={(e) => {
        e.preventDefault();
        void run(async () => {
          const typed = password;
          setPassword('');
          const result = await call('sandbox.exportRecoveryFile', {
            tssNodeId: holder.tss_node_id,
            password: typed,
            version: 3,
          });
          setSaved(result.path);
        });
      }}
    >
      <Field label={t('prepare.export.password', { name: holder.name })}>
        {(id) => (
          <input
            id={id}
            type="password"
            autoComplete="new-password"
            value={password}
            minLength={8}
            onChange={(e) => setPassword(e.target.value)}
          />
        )}
      </Field>
      <button type="submit" className="button" disabled={busy || password.length < 8}>
        {t('prepare.export.submit')}
      </button>
      {saved && (
        <p
          className="muted"
          id={`${ids}-saved`}
          data-testid="recovery-export-saved"
          data-focus-result
          tabIndex={-1}
        >
          {t('prepare.export.saved', { path: saved })}
        </p>
      )}
    </form>
  );
}
