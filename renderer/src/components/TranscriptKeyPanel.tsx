/**
 * The transcript key on the About screen: its fingerprint, how each key of its history is known, and
 * replacing it — deliberately: a reason, the typed confirmation (main checks both), then the new
 * fingerprint to hand to auditors and what becomes of open ceremonies.
 */
import { say } from '../../../common/i18n/translate';
import { useCallback, useEffect, useState } from 'react';
import type { ChannelOutput, ErrorPayload } from '../../../common/contract';
import { replaceConfirmation } from '../../../common/fingerprint';
import { call, errorPayload } from '../api';
import { useAction } from '../store/use-action';
import { ErrorNotice } from './ErrorNotice';
import { useRich, useT } from '../store/language';
import type { MessageKey } from '../../../common/i18n/translate';

type History = ChannelOutput<'app.keyHistory'>;
type Replaced = ChannelOutput<'app.replaceInstallationKey'>;

const STANDING_WORDS: Record<History['keys'][number]['standing'], MessageKey> = {
  attested: 'profiles.transcriptKey.attested',
  unattested: 'profiles.transcriptKey.unattested',
  'listed-unsigned': 'profiles.transcriptKey.listedUnsigned',
};

/** Shown while the fingerprint is being read: no words. */
const PENDING = '…';

export function TranscriptKeyPanel() {
  const [fingerprint, setFingerprint] = useState<string | null>(null);
  const [keyProblem, setKeyProblem] = useState<ErrorPayload | null>(null);
  const [history, setHistory] = useState<History | null>(null);
  const [replacing, setReplacing] = useState(false);
  const [replaced, setReplaced] = useState<Replaced | null>(null);
  const t = useT();
  const rich = useRich();
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
      <h3 id="transcript-key-title">{t('profiles.transcriptKey.title')}</h3>
      <p>
        {rich('profiles.transcriptKey.fingerprint', {
          fingerprint: fingerprint ?? (keyProblem ? t('profiles.transcriptKey.unavailable') : PENDING),
          b: (chunks) => (
            <strong className="fingerprint" data-testid="installation-fingerprint">
              {chunks}
            </strong>
          ),
        })}
      </p>
      {keyProblem && (
        <div data-testid="installation-key-problem">
          <ErrorNotice error={keyProblem} />
        </div>
      )}
      {history?.problem && (
        <div className="notice notice-error" role="alert" data-testid="key-history-problem">
          <p className="notice-title">
            {t('profiles.transcriptKey.historyProblem', {
              problem: say(t, history.problemSaid) ?? history.problem,
            })}
          </p>
          <p className="notice-hint">{t('profiles.transcriptKey.historyProblemHint')}</p>
        </div>
      )}
      {history && history.keys.length > 0 && (
        <table data-testid="key-history">
          <caption>{t('profiles.transcriptKey.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('profiles.transcriptKey.colFingerprint')}</th>
              <th scope="col">{t('profiles.transcriptKey.colStanding')}</th>
              <th scope="col">{t('profiles.transcriptKey.colHow')}</th>
            </tr>
          </thead>
          <tbody>
            {history.keys.map((k) => (
              <tr key={k.fingerprint} data-standing={k.standing}>
                <td className="fingerprint">{k.fingerprint}</td>
                <td>{t(STANDING_WORDS[k.standing])}</td>
                <td>{say(t, k.howSaid) ?? k.how}</td>
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
              {t('profiles.transcriptKey.replace')}
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
  const t = useT();
  const rich = useRich();
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
          ? t('profiles.transcriptKey.lost', { key: props.current })
          : t('profiles.transcriptKey.compromised', { key: props.current })}
      </p>
      <label htmlFor="replace-confirm">
        {rich('profiles.transcriptKey.typeToConfirm', {
          phrase,
          b: (chunks) => <strong className="mono">{chunks}</strong>,
        })}
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
          {props.missing
            ? t('profiles.transcriptKey.makeNew')
            : t('profiles.transcriptKey.replaceCompromised')}
        </button>
        <button type="button" className="button" onClick={props.onCancel}>
          {t('profiles.transcriptKey.keep')}
        </button>
      </div>
      {error && <ErrorNotice error={error} />}
    </form>
  );
}

function ReplacedNotice({ replaced }: { replaced: Replaced }) {
  const t = useT();
  const rich = useRich();
  return (
    <div
      className="notice notice-warn"
      role="status"
      data-testid="key-replaced"
      data-focus-result
      tabIndex={-1}
    >
      <p className="notice-title">
        {rich('profiles.transcriptKey.replaced', {
          fingerprint: replaced.fingerprint,
          b: (chunks) => <strong className="fingerprint">{chunks}</strong>,
        })}
      </p>
      <p>
        {replaced.attested
          ? t('profiles.transcriptKey.replacedAttested', { previous: replaced.previousFingerprint })
          : t('profiles.transcriptKey.replacedUnattested', { previous: replaced.previousFingerprint })}
      </p>
      <p>
        {replaced.openCeremonies === 0
          ? t('profiles.transcriptKey.noneOpen')
          : t('profiles.transcriptKey.stillOpen', { count: replaced.openCeremonies })}
      </p>
    </div>
  );
}
