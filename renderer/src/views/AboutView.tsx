import { useAppInfo } from '../store/app-info';
import { ErrorNotice } from '../components/ErrorNotice';
import { TranscriptKeyPanel } from '../components/TranscriptKeyPanel';

export function AboutView() {
  const { info, error } = useAppInfo();
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
        <dt>Running as</dt>
        <dd>{info.frontEnd === 'electron' ? 'Desktop app' : 'Browser host (offline sandbox only)'}</dd>
        <dt>Electron</dt>
        <dd>{info.versions.electron ?? 'not used (browser host)'}</dd>
        <dt>Chromium</dt>
        <dd>{info.versions.chromium ?? 'the browser you are using'}</dd>
        <dt>Node.js</dt>
        <dd>{info.versions.node}</dd>
      </dl>
      <TranscriptKeyPanel />
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
