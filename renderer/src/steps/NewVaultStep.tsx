import { useState } from 'react';
import { call } from '../api';
import { Field } from '../components/Field';
import type { StepProps } from './StepProps';
import { useT } from '../store/language';

/** The name of the vault a VaultSetup ceremony creates (Org-Controlled). */
export function NewVaultStep({ ceremony, run, busy }: StepProps) {
  const t = useT();
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
      <Field label={t('prepare.newVault.name')}>
        {(id) => (
          <input id={id} value={name} maxLength={100} onChange={(e) => setName(e.target.value)} required />
        )}
      </Field>
      <button type="submit" className="button button-primary" disabled={busy || !name.trim()}>
        {t('prepare.newVault.use')}
      </button>
      {ceremony.selection.newVault && (
        <p className="muted">{t('prepare.newVault.recorded', { name: ceremony.selection.newVault.name })}</p>
      )}
    </form>
  );
}
