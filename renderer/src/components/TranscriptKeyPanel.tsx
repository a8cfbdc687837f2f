/**
 * The transcript key on the About screen: its fingerprint, how each key of its history is known, and
 * replacing it — deliberately: a reason, the typed confirmation (main checks both), then the new
 * fingerprint to hand to auditors and what becomes of open ceremonies.
 */
import { useCallback, useEffect, useState } from 'react';
import type { ChannelOutput, ErrorPayload } from '../../../common/contract';
import { replaceConfirmation } from '../../../common/fingerprint';
import { call, errorPayload } from '../api';
import { useAction } from '../store/use-action';
import { ErrorNotice } from './ErrorNotice';

type History = ChannelOutput<'app.keyHistory'>;
type Replaced = ChannelOutput<'app.replaceInstallationKey'>;

const STANDING_WORDS: Record<History['keys'][number]['standing'], string> = {
  attested: 'proven by signatures',
  unattested: 'not proven (made after a loss)',
  'listed-unsigned': 'not proven (unsigned list)',
};

export function TranscriptKeyPanel() {
  const [fingerprint, setFingerprint] = useState<string | null>(null);
  const [keyProblem, setKeyProblem] = useState<ErrorPayload | null>(null);
  const [history, setHistory] = useState<History | null>(null);
  const [replacing, setReplacing] = useState(false);
  const [replaced, setReplaced] = useState<Replaced | null>(null);
  const load = useCallback(() => {
    call('app.installationKey', {})
      .then((k) => {
        setFingerprint(k.fingerprint);
        setKeyProblem(null);
      })
      .catch((e: unknown) => {
        setFingerprint(null);
        setKeyProblem(errorPayload(e));
      })
      .finally(() => void call('app.keyHistory', {}).then(setHistory, () => setHistory(null)));
  }, []);
  useEffect(load, [load]);
  const last = history?.keys[history.keys.length - 1]?.fingerprint ?? null;
  const missing = keyProblem?.code === 'installation.key_missing';
  return (
    <section aria-labelledby="transcript-key-title" className="stack" data-testid="transcript-key">
      <h3 id="transcript-key-title">Transcript key</h3>
      <p>
        Fingerprint:{' '}
        <strong className="fingerprint" data-testid="installation-fingerprint">
          {fingerprint ?? (keyProblem ? 'unavailable' : '…')}
        </strong>
      </p>
      {keyProblem && (
        <div data-testid="installation-key-problem">
          <ErrorNotice error={keyProblem} />
        </div>
      )}
      {history?.problem && (
        <div className="notice notice-error" role="alert" data-testid="key-history-problem">
          <p className="notice-title">This installation’s key history does not verify: {history.problem}.</p>
          <p className="notice-hint">
            Someone changed the file beside the records. Keep the data folder as it is and report it to your
            security team; only the key in the keychain is counted as this installation’s.
          </p>
        </div>
      )}
      {history && history.keys.length > 0 && (
        <table data-testid="key-history">
          <caption>Keys of this installation, oldest first</caption>
          <thead>
            <tr>
              <th scope="col">Fingerprint</th>
              <th scope="col">Standing</th>
              <th scope="col">How it is known</th>
            </tr>
          </thead>
          <tbody>
            {history.keys.map((k) => (
              <tr key={k.fingerprint} data-standing={k.standing}>
                <td className="fingerprint">{k.fingerprint}</td>
                <td>{STANDING_WORDS[k.standing]}</td>
                <td>{k.how}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {replaced && <ReplacedNotice replaced={replaced} />}
      {!replaced && last && !history?.problem && (fingerprint || missing) && (
        <>
          {!replacing ? (
            <button type="button" className="button" onClick={() => setReplacing(true)}>
              Replace the transcript key…
            </button>
          ) : (
            <ReplaceForm
              current={last}
              missing={missing}
              onCancel={() => setReplacing(false)}
              onDone={(r) => {
                setReplaced(r);
                setReplacing(false);
                load();
              }}
            />
          )}
        </>
      )}
    </section>
  );
}

function ReplaceForm(props: {
  current: string;
  missing: boolean;
  onCancel: () => void;
  onDone: (r: Replaced) => void;
}) {
  const reason = props.missing ? 'lost' : 'compromised';
  const [typed, setTyped] = useState('');
  const { busy, error, run } = useAction();
  const phrase = replaceConfirmation(props.current);
  return (
    <form
      className="panel stack"
      data-testid="replace-key-form"
      onSubmit={(e) => {
        e.preventDefault();
        void run(async () =>
          props.onDone(await call('app.replaceInstallationKey', { reason, confirm: typed })),
        );
      }}
    >
      <p>
        {props.missing
          ? `The key ${props.current} is lost from the keychain. A new key is recorded as made after a loss: no earlier key can sign for it, so auditors must be given its fingerprint again.`
          : `The key ${props.current} is in the keychain. Replace it only if you believe someone else has it: it then signs the new key’s introduction, and ceremonies still open can only be abandoned.`}
      </p>
      <label htmlFor="replace-confirm">
        Type <strong className="mono">{phrase}</strong> to confirm
      </label>
      <input
        id="replace-confirm"
        value={typed}
        onChange={(e) => setTyped(e.target.value)}
        autoComplete="off"
        spellCheck={false}
      />
      <div className="inline-form">
        <button type="submit" className="button button-danger" disabled={busy}>
          {props.missing ? 'Make a new key (the lost one is gone)' : 'Replace the key (believed compromised)'}
        </button>
        <button type="button" className="button" onClick={props.onCancel}>
          Keep the current key
        </button>
      </div>
      {error && <ErrorNotice error={error} />}
    </form>
  );
}

function ReplacedNotice({ replaced }: { replaced: Replaced }) {
  return (
    <div
      className="notice notice-warn"
      role="status"
      data-testid="key-replaced"
      data-focus-result
      tabIndex={-1}
    >
      <p className="notice-title">
        New transcript key: <strong className="fingerprint">{replaced.fingerprint}</strong>
      </p>
      <p>
        Give this to whoever verifies your transcripts. It replaces {replaced.previousFingerprint}
        {replaced.attested
          ? ', which signed its introduction: an auditor who trusts the old key can follow it.'
          : '; no earlier key signed for it, so auditors must take it from you, not from a file.'}
      </p>
      <p>
        {replaced.openCeremonies === 0
          ? 'No ceremony was open.'
          : `${replaced.openCeremonies} ${replaced.openCeremonies === 1 ? 'ceremony is' : 'ceremonies are'} still open under the old key: each can now only be abandoned, on the record (History).`}
      </p>
    </div>
  );
}
