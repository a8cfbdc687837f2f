import { useState } from 'react';
import { call } from '../api';
import { Field } from '../components/Field';
import type { StepProps } from './StepProps';

/** The name of the vault a VaultSetup ceremony creates (Org-Controlled). */
export function NewVaultStep({ ceremony, run, busy }: StepProps) {
  const [name, setName] = useState(ceremony.selection.newVault?.name ?? '');
  return (
    <form
      className="inline-form"
      onSubmit={(e) => {
        e.preventDefault();
        void run(() => call('ceremony.select', { id: ceremony.id, selection: { newVault: { name } } }), {
          andContinue: true,
        });
      }}
    >
      <Field label="Vault name">
        {(id) => (
          <input id={id} value={name} maxLength={100} onChange={(e) => setName(e.target.value)} required />
        )}
      </Field>
      <button type="submit" className="button button-primary" disabled={busy || !name.trim()}>
        Use this name
      </button>
      {ceremony.selection.newVault && (
        <p className="muted">Recorded: “{ceremony.selection.newVault.name}”, Org-Controlled.</p>
      )}
    </form>
  );
}
