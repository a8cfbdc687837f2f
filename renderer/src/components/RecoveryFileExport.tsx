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

export function RecoveryFileExport({
  holder,
  onError,
}: {
  holder: SandboxHolder;
  onError(e: ErrorPayload | null): void;
}) {
  const [open, setOpen] = useState(false);
  const [password, setPassword] = useState('');
  const [saved, setSaved] = useState<string | null>(null);
  const ids = useId();
  const { busy, run } = useAction({ onError });
  if (!open)
    return (
      <button type="button" className="button" onClick={() => setOpen(true)} aria-expanded={false}>
        Export {holder.name}’s recovery file…
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
      <Field
        label={`Password for ${holder.name}’s recovery file (at least 8 characters; the holder keeps it)`}
      >
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
        Export the recovery file
      </button>
      {saved && (
        <p
          className="muted"
          id={`${ids}-saved`}
          data-testid="recovery-export-saved"
          data-focus-result
          tabIndex={-1}
        >
          Saved to {saved}. The holder keeps it offline, with its password apart from it; a recovery drill
          checks it without rebuilding the key.
        </p>
      )}
    </form>
  );
}
