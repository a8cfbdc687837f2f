/**
 * The Profiles screen: the API keys this app may sign with, and the actions on them. The page sees
 * API keys and fingerprints only; an imported secret is sent once and the field is cleared at once.
 */
import { useEffect, useId, useState, type FormEvent } from 'react';
import type { ConnectionReport, EnvironmentId, Profile } from '../../../common/contract';
import { call } from '../api';
import { EnvironmentBadge } from '../components/EnvironmentBadge';
import { ErrorNotice } from '../components/ErrorNotice';
import { KeyText } from '../components/KeyText';
import { SecretMissing } from '../components/SecretMissing';
import { useAppInfo } from '../store/app-info';
import { useProfiles } from '../store/profiles';
import { useAction } from '../store/use-action';
import { Field } from '../components/Field';

const OUTCOME_TITLES: Record<ConnectionReport['outcome'], string> = {
  ok: 'Connection works',
  auth_failed: 'Authentication failed',
  clock_skew: 'Clock problem',
  network: 'Network problem',
  server_error: 'Cobo had a problem',
  unexpected: 'Unexpected answer',
};

function ConnectionResult({ report }: { report: ConnectionReport }) {
  return (
    <div
      className={`notice ${report.outcome === 'ok' ? 'notice-ok' : 'notice-error'}`}
      data-outcome={report.outcome}
    >
      <p className="notice-title">
        {OUTCOME_TITLES[report.outcome]}: {report.message}
      </p>
      <p className="notice-hint">{report.hint}</p>
    </div>
  );
}

function ProfileCard({ profile, secretMissing }: { profile: Profile; secretMissing: boolean }) {
  const [mode, setMode] = useState<'idle' | 'rename' | 'delete'>('idle');
  const [name, setName] = useState(profile.name);
  const [confirmName, setConfirmName] = useState('');
  const [report, setReport] = useState<ConnectionReport | null>(null);
  const { busy, error, run } = useAction();
  const ids = useId();

  const test = () =>
    run(async () => {
      setReport(null);
      setReport(await call('profiles.testConnection', { id: profile.id }));
    });
  const rename = (e: FormEvent) => {
    e.preventDefault();
    void run(async () => {
      await call('profiles.rename', { id: profile.id, name });
      setMode('idle');
    });
  };
  const remove = (e: FormEvent) => {
    e.preventDefault();
    void run(async () => {
      await call('profiles.delete', { id: profile.id, confirmName });
    });
  };

  return (
    <li className="panel profile-card" data-testid="profile-card" data-profile-id={profile.id}>
      <div className="profile-head">
        <h3 className="profile-name">{profile.name}</h3>
        <EnvironmentBadge environment={profile.environment} />
      </div>
      {secretMissing && (
        <p className="notice notice-error">
          <SecretMissing />
        </p>
      )}
      <dl className="facts">
        <dt>Fingerprint</dt>
        <dd className="fingerprint" data-testid="fingerprint">
          {profile.fingerprint}
        </dd>
        <dt>API key</dt>
        <dd>
          <KeyText hex={profile.apiKey} />
        </dd>
        <dt>Created</dt>
        <dd>{new Date(profile.createdAt).toLocaleString()}</dd>
      </dl>
      <div className="actions">
        <button type="button" className="button" onClick={() => void test()} disabled={busy}>
          Test connection<span className="visually-hidden"> of “{profile.name}”</span>
        </button>
        <button
          type="button"
          className="button"
          onClick={() => setMode(mode === 'rename' ? 'idle' : 'rename')}
          aria-expanded={mode === 'rename'}
        >
          Rename
        </button>
        <button
          type="button"
          className="button button-danger-quiet"
          onClick={() => setMode(mode === 'delete' ? 'idle' : 'delete')}
          aria-expanded={mode === 'delete'}
        >
          Delete…
        </button>
      </div>
      {mode === 'rename' && (
        <form className="inline-form" onSubmit={rename}>
          <Field label="New name">
            {(id) => (
              <input id={id} value={name} onChange={(e) => setName(e.target.value)} maxLength={80} required />
            )}
          </Field>
          <button type="submit" className="button button-primary" disabled={busy}>
            Save name
          </button>
        </form>
      )}
      {mode === 'delete' && (
        <form className="inline-form danger-zone" onSubmit={remove}>
          <p id={`${ids}-warn`}>
            This removes the profile and deletes its API secret from the system keychain. Unless you have a
            copy, the key is gone for good and must be replaced in Cobo Portal. Type{' '}
            <strong>{profile.name}</strong> to confirm.
          </p>
          <Field label="Profile name">
            {(id) => (
              <input
                id={id}
                value={confirmName}
                onChange={(e) => setConfirmName(e.target.value)}
                aria-describedby={`${ids}-warn`}
                autoComplete="off"
              />
            )}
          </Field>
          <button
            type="submit"
            className="button button-danger"
            disabled={busy || confirmName.trim() !== profile.name}
          >
            Delete profile and secret
          </button>
        </form>
      )}
      <div aria-live="polite">
        {busy && <p className="muted">Working…</p>}
        {report && <ConnectionResult report={report} />}
        {error && <ErrorNotice error={error} />}
      </div>
    </li>
  );
}

function AddProfile() {
  const info = useAppInfo((s) => s.info);
  const environments = info?.environments ?? [];
  const [method, setMethod] = useState<'generate' | 'import'>('generate');
  const [name, setName] = useState('');
  const [environment, setEnvironment] = useState<EnvironmentId>('sandbox');
  const [secret, setSecret] = useState('');
  const [expectedApiKey, setExpectedApiKey] = useState('');
  const [created, setCreated] = useState<Profile | null>(null);
  const { busy, error, run } = useAction();
  const ids = useId();

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setCreated(null);
    if (method === 'import') {
      const sent = secret;
      setSecret(''); // The secret leaves the page once and is not kept in it.
      void run(async () => {
        setCreated(
          await call('profiles.import', {
            name,
            environment,
            secret: sent,
            ...(expectedApiKey.trim() ? { expectedApiKey } : {}),
          }),
        );
        setName('');
        setExpectedApiKey('');
      });
    } else {
      void run(async () => {
        setCreated(await call('profiles.generate', { name, environment }));
        setName('');
      });
    }
  };

  return (
    <section className="panel" aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`}>Add a profile</h2>
      <form onSubmit={submit} className="form-grid">
        <fieldset className="choice-row">
          <legend>How</legend>
          <label>
            <input
              type="radio"
              name="method"
              value="generate"
              checked={method === 'generate'}
              onChange={() => setMethod('generate')}
            />{' '}
            Generate a new API key here
          </label>
          <label>
            <input
              type="radio"
              name="method"
              value="import"
              checked={method === 'import'}
              onChange={() => setMethod('import')}
            />{' '}
            Import an existing API secret
          </label>
        </fieldset>
        <Field label="Profile name">
          {(id) => (
            <input id={id} value={name} onChange={(e) => setName(e.target.value)} maxLength={80} required />
          )}
        </Field>
        <Field label="Environment">
          {(id) => (
            <select
              id={id}
              value={environment}
              onChange={(e) => setEnvironment(e.target.value as EnvironmentId)}
            >
              {environments.map((env) => (
                <option key={env.id} value={env.id}>
                  {env.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        {method === 'import' && (
          <>
            <Field label="API secret (64 hex characters)">
              {(id) => (
                <input
                  id={id}
                  type="password"
                  value={secret}
                  onChange={(e) => setSecret(e.target.value)}
                  autoComplete="off"
                  spellCheck={false}
                  required
                />
              )}
            </Field>
            <Field label="API key, to check the secret against (optional)">
              {(id) => (
                <input
                  id={id}
                  value={expectedApiKey}
                  onChange={(e) => setExpectedApiKey(e.target.value)}
                  autoComplete="off"
                  spellCheck={false}
                />
              )}
            </Field>
          </>
        )}
        <div className="actions">
          <button type="submit" className="button button-primary" disabled={busy}>
            {method === 'generate' ? 'Generate key and save profile' : 'Import secret and save profile'}
          </button>
        </div>
      </form>
      <div aria-live="polite">
        {error && <ErrorNotice error={error} />}
        {created && (
          <div className="notice notice-ok" data-testid="created-profile">
            <p className="notice-title">
              Saved “{created.name}”. Its secret is in the system keychain; this app never shows it.
            </p>
            {created.environment !== 'sandbox' && (
              <p className="notice-hint">
                Register this API key in Cobo Portal ({created.environment}) before using it:
              </p>
            )}
            <KeyText hex={created.apiKey} />
            <p className="notice-hint">
              Fingerprint: <strong>{created.fingerprint}</strong>
            </p>
          </div>
        )}
      </div>
    </section>
  );
}

export function ProfilesView() {
  const { profiles, missingSecret, problem, loaded, load, watch } = useProfiles();
  useEffect(() => {
    void load();
    return watch();
  }, [load, watch]);
  return (
    <div className="view">
      <h2 className="view-title">Profiles</h2>
      <p className="lead">
        A profile is one Cobo API key. Its secret stays in this computer’s keychain and signs every request;
        the app only ever shows the API key and its fingerprint.
      </p>
      {problem && <ErrorNotice error={problem} />}
      {!loaded && <p aria-busy="true">Loading…</p>}
      {loaded && profiles.length === 0 && !problem && (
        <p className="muted">No profiles yet. Add one below.</p>
      )}
      <ul className="profile-list" aria-label="Profiles">
        {profiles.map((p) => (
          <ProfileCard key={p.id} profile={p} secretMissing={missingSecret.includes(p.id)} />
        ))}
      </ul>
      <AddProfile />
    </div>
  );
}
