import { useEffect, useState } from 'react';
import type { ErrorPayload } from '../../../common/contract';
import { call, errorPayload } from '../api';
import { useAction } from '../store/use-action';
import { useAppInfo } from '../store/app-info';
import { ErrorNotice } from '../components/ErrorNotice';

export function AboutView() {
  const { info, error } = useAppInfo();
  const [keyFingerprint, setKeyFingerprint] = useState<string | null>(null);
  const [keyProblem, setKeyProblem] = useState<ErrorPayload | null>(null);
  const replace = useAction({ onDone: () => setKeyProblem(null) });
  useEffect(() => {
    call('app.installationKey', {})
      .then((k) => setKeyFingerprint(k.fingerprint))
      .catch((e: unknown) => {
        setKeyFingerprint('unavailable');
        setKeyProblem(errorPayload(e));
      });
  }, []);
  if (error) return <ErrorNotice error={error} />;
  if (!info) return <p aria-busy="true">Loading…</p>;
  return (
    <section aria-labelledby="about-title" className="panel">
      <h2 id="about-title">About {info.name}</h2>
      <dl className="facts" data-testid="app-info">
        <dt>Version</dt>
        <dd>{info.version}</dd>
        <dt>Commit</dt>
        <dd className="mono">{info.commit}</dd>
        <dt>Transcript key</dt>
        <dd className="fingerprint" data-testid="installation-fingerprint">
          {keyFingerprint ?? '…'}
        </dd>
        <dt>Running as</dt>
        <dd>{info.frontEnd === 'electron' ? 'Desktop app' : 'Browser host (offline sandbox only)'}</dd>
        <dt>Electron</dt>
        <dd>{info.versions.electron ?? 'not used (browser host)'}</dd>
        <dt>Chromium</dt>
        <dd>{info.versions.chromium ?? 'the browser you are using'}</dd>
        <dt>Node.js</dt>
        <dd>{info.versions.node}</dd>
      </dl>
      {keyProblem && (
        <div className="stack" data-testid="installation-key-problem">
          <ErrorNotice error={keyProblem} />
          {keyProblem.code === 'installation.key_missing' && (
            <button
              type="button"
              className="button button-danger"
              disabled={replace.busy}
              onClick={() =>
                void replace.run(async () =>
                  setKeyFingerprint(
                    (await call('app.replaceInstallationKey', { confirm: 'make a new key' })).fingerprint,
                  ),
                )
              }
            >
              Make a new transcript key (the lost one stays known as a previous key)
            </button>
          )}
          {replace.error && <ErrorNotice error={replace.error} />}
        </div>
      )}
      <h3>Environments</h3>
      <ul className="env-list">
        {info.environments.map((env) => (
          <li key={env.id} className={`env env-${env.id}`}>
            <span className={`badge badge-${env.id}`}>{env.label}</span> {env.description}
          </li>
        ))}
      </ul>
    </section>
  );
}
