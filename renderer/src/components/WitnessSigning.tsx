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

const planLines = (c: Ceremony) => c.witnessSigners.map((s) => `${s.principal} ${s.key}`).join('\n');

/** The allowed signers of the plan: editable while the ceremony is prepared, fixed once it has started. */
export function WitnessKeysForm({ ceremony }: { ceremony: Ceremony }) {
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
          <Field label="Witnesses’ SSH keys, to co-sign the record afterwards (optional; one line each: name or email, then their public key)">
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
            Fix the witnesses’ keys in the plan
          </button>
        </>
      )}
      {ceremony.witnessSigners.length > 0 && (
        <ul className="small" aria-label="Witnesses’ keys in the plan" data-testid="witness-keys">
          {ceremony.witnessSigners.map((s) => (
            <li key={s.key}>
              {s.principal}: {s.key.split(' ')[0]} <span className="mono-wrap">{s.fingerprint}</span>
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
      <h3 id="cosign-title">Witnesses’ co-signatures</h3>
      <p>
        Each witness signs the closing head <strong className="fingerprint">{head ?? '…'}</strong> with the
        key the plan names: <code className="mono-wrap">{signCommand(head ?? '<head>')}</code> (a witness who
        disagrees signs with <code>{signCommand(head ?? '<head>', true).split(' -n ')[1]}</code> as the
        namespace instead).
      </p>
      <ul aria-label="Co-signatures recorded">
        {ceremony.attestations.map((a) => (
          <li key={a.principal} data-testid="attestation">
            {a.dissent ? 'Dissent signed' : 'Co-signed'} by {a.principal}, {new Date(a.at).toLocaleString()}
          </li>
        ))}
        {waiting.map((s) => (
          <li key={s.principal} className="muted">
            Waiting for {s.principal}
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
          <Field label="A witness’s signature (paste all of it, from BEGIN SSH SIGNATURE to END SSH SIGNATURE)">
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
            Check and record the co-signature
          </button>
        </form>
      )}
      <div aria-live="polite">{error && <ErrorNotice error={error} />}</div>
    </section>
  );
}
