/**
 * The witnesses' own signatures (issue #31): their SSH keys fixed in the plan at the check-in, before
 * anything is sent, and, once the ceremony is closed, each witness's co-signature of the closing head
 * pasted in, checked by main against that plan and journalled.
 */
import { useEffect, useState } from 'react';
import type { Ceremony } from '../../../common/contract';
import { signCommand } from '../../../common/ceremony/witness-plan';
import { call } from '../api';
import { useAction } from '../store/use-action';
import { ErrorNotice } from './ErrorNotice';
import { Field } from './Field';
import { useRich, useT } from '../store/language';

const planLines = (c: Ceremony) => c.witnessSigners.map((s) => `${s.principal} ${s.key}`).join('\n');

/** The allowed signers of the plan: editable while the ceremony is prepared, fixed once it has started. */
export function WitnessKeysForm({ ceremony }: { ceremony: Ceremony }) {
  const t = useT();
  const rich = useRich();
  const [text, setText] = useState(planLines(ceremony));
  const { busy, error, run } = useAction();
  const fixed = ceremony.phase !== 'preparing';
  return (
    <form
      className="stack"
      onSubmit={(e) => {
        e.preventDefault();
        void run(() => call('ceremony.setWitnessSigners', { id: ceremony.id, allowedSigners: text }));
      }}
    >
      {!fixed && (
        <>
          <Field label={t('run.witnessKeys.label')}>
            {(id) => (
              <textarea
                id={id}
                rows={3}
                className="mono"
                spellCheck={false}
                placeholder="alice@example.com ssh-ed25519 AAAAC3Nza…"
                value={text}
                onChange={(e) => setText(e.target.value)}
              />
            )}
          </Field>
          <button type="submit" className="button" disabled={busy}>
            {t('run.witnessKeys.fix')}
          </button>
        </>
      )}
      {ceremony.witnessSigners.length > 0 && (
        <ul className="small" aria-label={t('run.witnessKeys.inPlan')} data-testid="witness-keys">
          {ceremony.witnessSigners.map((s) => (
            <li key={s.key}>
              {rich('run.witnessKeys.entry', {
                name: s.principal,
                type: s.key.split(' ')[0] ?? '',
                fingerprint: <span className="mono-wrap">{s.fingerprint}</span>,
              })}
            </li>
          ))}
        </ul>
      )}
      {error && <ErrorNotice error={error} />}
    </form>
  );
}

/** After the close: the head to sign, the command, and each witness's signature checked and recorded. */
export function CoSignatures({ ceremony }: { ceremony: Ceremony }) {
  const t = useT();
  const rich = useRich();
  const [head, setHead] = useState<string | null>(null);
  const [signature, setSignature] = useState('');
  const { busy, error, run } = useAction({ onDone: () => setSignature('') });
  // Only a ceremony whose plan named witnesses' keys is co-signed in the app.
  const over =
    (ceremony.phase === 'closed' || ceremony.phase === 'abandoned') && ceremony.witnessSigners.length > 0;
  useEffect(() => {
    if (!over) return;
    void call('ceremony.journalHead', { id: ceremony.id }).then(
      (h) => setHead(h.fingerprint),
      () => setHead(null),
    );
  }, [over, ceremony.id]);
  if (!over) return null;
  const waiting = ceremony.witnessSigners.filter(
    (s) => !ceremony.attestations.some((a) => a.principal === s.principal),
  );
  return (
    <section className="stack" aria-labelledby="cosign-title" data-testid="co-signatures">
      <h3 id="cosign-title">{t('run.cosign.title')}</h3>
      <p>
        {rich('run.cosign.how', {
          head: <strong className="fingerprint">{head ?? '…'}</strong>,
          command: <code className="mono-wrap">{signCommand(head ?? '<head>')}</code>,
          namespace: <code>{signCommand(head ?? '<head>', true).split(' -n ')[1]}</code>,
        })}
      </p>
      <ul aria-label={t('run.cosign.recorded')}>
        {ceremony.attestations.map((a) => (
          <li key={a.principal} data-testid="attestation">
            {t(a.dissent ? 'run.cosign.dissentBy' : 'run.cosign.signedBy', {
              name: a.principal,
              time: new Date(a.at).toLocaleString(),
            })}
          </li>
        ))}
        {waiting.map((s) => (
          <li key={s.principal} className="muted">
            {t('run.cosign.waitingFor', { name: s.principal })}
          </li>
        ))}
      </ul>
      {waiting.length > 0 && (
        <form
          className="stack"
          onSubmit={(e) => {
            e.preventDefault();
            void run(() => call('ceremony.attest', { id: ceremony.id, signature }));
          }}
        >
          <Field
            label={t('run.cosign.signature', { begin: 'BEGIN SSH SIGNATURE', end: 'END SSH SIGNATURE' })}
          >
            {(id) => (
              <textarea
                id={id}
                rows={6}
                className="mono"
                spellCheck={false}
                value={signature}
                onChange={(e) => setSignature(e.target.value)}
              />
            )}
          </Field>
          <button type="submit" className="button" disabled={busy || !signature.trim()}>
            {t('run.cosign.record')}
          </button>
        </form>
      )}
      <div aria-live="polite">{error && <ErrorNotice error={error} />}</div>
    </section>
  );
}
