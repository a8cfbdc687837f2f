/**
 * Verify a transcript: the signature, the hash chain and the header, offline.
 */
import { DAMAGED_TRANSCRIPT_ADVICE } from '../../../common/ceremony/damage';
import { useEffect, useState, type ChangeEvent } from 'react';
import type { ChannelOutput } from '../../../common/contract';
import { call } from '../api';
import { ErrorNotice } from '../components/ErrorNotice';
import { Field } from '../components/Field';
import { useAction } from '../store/use-action';

type Verdict = ChannelOutput<'transcript.verify'>;

const verdictClass = (v: Verdict) =>
  v.status === 'verified'
    ? v.signer === 'this-installation' || v.signer === 'previous-key'
      ? 'notice-ok'
      : 'notice-info'
    : v.status === 'incomplete'
      ? 'notice-info'
      : 'notice-error';

export function VerifyView() {
  const [verdict, setVerdict] = useState<Verdict | null>(null);
  const [expectHead, setExpectHead] = useState('');
  const [own, setOwn] = useState<string | null>(null);
  const { error, run } = useAction();
  useEffect(() => {
    void run(async () => setOwn((await call('app.installationKey', {})).fingerprint));
  }, [run]);
  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    setVerdict(null);
    if (file)
      await run(async () =>
        setVerdict(
          await call('transcript.verify', {
            content: await file.text(),
            ...(expectHead.trim() ? { expectHead: expectHead.trim() } : {}),
          }),
        ),
      );
  };
  return (
    <div className="view">
      <h2 className="view-title">Verify a transcript</h2>
      <p className="lead">
        Checks a ceremony transcript’s signature, its hash chain and its header. Nothing leaves this computer.
      </p>
      {own && (
        <p>
          This installation’s transcript key fingerprint: <strong className="fingerprint">{own}</strong>
        </p>
      )}
      <div className="panel inline-form">
        <Field label="Journal head written down at the ceremony (optional)">
          {(id) => (
            <input
              id={id}
              value={expectHead}
              onChange={(e) => setExpectHead(e.target.value)}
              autoComplete="off"
            />
          )}
        </Field>
        <Field label="Transcript file (.json)">
          {(id) => (
            <input id={id} type="file" accept=".json,application/json" onChange={(e) => void onFile(e)} />
          )}
        </Field>
      </div>
      <div aria-live="polite">
        {verdict && (
          // Green only for a verified record signed by this installation's keys: any key can sign a
          // transcript that verifies.
          <div
            className={`notice ${verdictClass(verdict)}`}
            data-testid="verdict"
            data-status={verdict.status}
            data-signer={verdict.signer ?? 'none'}
          >
            <p className="notice-title">{verdict.summary}</p>
            {verdict.entry && (
              <p data-testid="verdict-entry">
                {verdict.entry.line
                  ? `Where: journal entry ${verdict.entry.line}${verdict.entry.kind ? ` (${verdict.entry.kind})` : ''}${verdict.entry.field ? `, field ${verdict.entry.field}` : ''}`
                  : `Where: the header, field ${verdict.entry.field ?? '?'}`}
              </p>
            )}
            {verdict.status === 'damaged' && (
              <p className="notice-hint" data-testid="damage-advice">
                {DAMAGED_TRANSCRIPT_ADVICE}
              </p>
            )}
            {verdict.status === 'incomplete' && (
              <p className="notice-hint">
                Nothing in it was changed, but it does not end with the ceremony’s closing entry: either the
                ceremony was still open when it was exported, or its last entries were cut. Ask for the
                transcript of the closed ceremony.
              </p>
            )}
            {verdict.ok && (
              <p className="notice-hint">
                {verdict.signer === 'this-installation'
                  ? 'Signed by this installation’s own key.'
                  : verdict.signer === 'previous-key'
                    ? 'Signed by a previous key of this installation (replaced since).'
                    : verdict.signer === 'unattested'
                      ? 'Signed by a key this installation recorded as its own, but no earlier key signed for it (it was made after a loss): it is genuine only if its fingerprint is the one given to your auditors.'
                      : `Signed by a key this installation does not know (${verdict.fingerprint}). It is genuine only if that is the fingerprint its signer gave you, and only if every key that signed it is; the command line (npm run verify-transcript) names each.`}
              </p>
            )}
            {verdict.witnesses && (
              <p data-testid="verdict-witnesses">
                Witnesses’ co-signatures of the closing head{' '}
                <span className="fingerprint">{verdict.witnesses.head}</span>, against the keys its plan
                fixed:{' '}
                {verdict.witnesses.attested.length
                  ? `co-signed by ${verdict.witnesses.attested.join(', ')}`
                  : 'no witness co-signed'}
                {verdict.witnesses.dissented.length > 0 &&
                  `; dissent signed by ${verdict.witnesses.dissented.join(', ')}`}
                {verdict.witnesses.refused.map((r) => `; not counted: ${r.file}: ${r.reason}`).join('')}. The
                keys come from the record’s own plan: they prove the witnesses signed only if each is the key
                its witness gave you.
                <span className="block mono-wrap small">{verdict.witnesses.keys.join(' · ')}</span>
              </p>
            )}
            {verdict.signerHow.length > 0 && (
              <ul data-testid="verdict-keys">
                {verdict.signerHow.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            )}
          </div>
        )}
        {error && <ErrorNotice error={error} />}
      </div>
    </div>
  );
}
