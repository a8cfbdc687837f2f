/**
 * The Profiles screen: the API keys this app may sign with, and the actions on them. The page sees
 * API keys and fingerprints only; an imported secret is sent once and the field is cleared at once.
 */
import { screenReaderOnly } from '../components/ScreenReaderOnly';
import { ENVIRONMENT_NAMES } from '../../../common/i18n/environments';
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
import { useLanguage, useRich, useT } from '../store/language';
import { say, type MessageKey } from '../../../common/i18n/translate';

const OUTCOME_TITLES: Record<ConnectionReport['outcome'], MessageKey> = {
  ok: 'profiles.connection.ok',
  auth_failed: 'profiles.connection.authFailed',
  clock_skew: 'profiles.connection.clockSkew',
  network: 'profiles.connection.network',
  server_error: 'profiles.connection.serverError',
  unexpected: 'profiles.connection.unexpected',
};

function ConnectionResult({ report }: { report: ConnectionReport }) {
  const t = useT();
  const rich = useRich();
  // Main's sentences in the screens' language when it said them as message keys; else its English.
  const message = say(t, report.said?.message);
  const hint = say(t, report.said?.hint);
  return (
    <div
      className={`notice ${report.outcome === 'ok' ? 'notice-ok' : 'notice-error'}`}
      data-outcome={report.outcome}
    >
      <p className="notice-title">
        {rich('profiles.connection.result', {
          title: t(OUTCOME_TITLES[report.outcome]),
          message: message ?? <span lang="en">{report.message}</span>,
        })}
      </p>
      <p className="notice-hint" lang={hint === null ? 'en' : undefined}>
        {hint ?? report.hint}
      </p>
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
  const t = useT();
  const rich = useRich();

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
        <dt>{t('profiles.card.fingerprint')}</dt>
        <dd className="fingerprint" data-testid="fingerprint">
          {profile.fingerprint}
        </dd>
        <dt>{t('profiles.card.apiKey')}</dt>
        <dd>
          <KeyText hex={profile.apiKey} />
        </dd>
        <dt>{t('profiles.card.created')}</dt>
        <dd>{new Date(profile.createdAt).toLocaleString()}</dd>
      </dl>
      <div className="actions">
        <button type="button" className="button" onClick={() => void test()} disabled={busy}>
          {rich('profiles.card.test', {
            name: profile.name,
            h: screenReaderOnly,
          })}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => setMode(mode === 'rename' ? 'idle' : 'rename')}
          aria-expanded={mode === 'rename'}
        >
          {t('profiles.card.rename')}
        </button>
        <button
          type="button"
          className="button button-danger-quiet"
          onClick={() => setMode(mode === 'delete' ? 'idle' : 'delete')}
          aria-expanded={mode === 'delete'}
        >
          {t('profiles.card.delete')}
        </button>
      </div>
      {mode === 'rename' && (
        <form className="inline-form" onSubmit={rename}>
          <Field label={t('profiles.card.newName')}>
            {(id) => (
              <input id={id} value={name} onChange={(e) => setName(e.target.value)} maxLength={80} required />
            )}
          </Field>
          <button type="submit" className="button button-primary" disabled={busy}>
            {t('profiles.card.saveName')}
          </button>
        </form>
      )}
      {mode === 'delete' && (
        <form className="inline-form danger-zone" onSubmit={remove}>
          <p id={`${ids}-warn`}>
            {rich('profiles.card.deleteWarning', {
              name: profile.name,
              b: (chunks) => <strong>{chunks}</strong>,
            })}
          </p>
          <Field label={t('profiles.nameLabel')}>
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
            {t('profiles.card.deleteSubmit')}
          </button>
        </form>
      )}
      <div aria-live="polite">
        {busy && <p className="muted">{t('profiles.card.working')}</p>}
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
  const t = useT();
  const rich = useRich();

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
      <h2 id={`${ids}-title`}>{t('profiles.add.title')}</h2>
      <form onSubmit={submit} className="form-grid">
        <fieldset className="choice-row">
          <legend>{t('profiles.add.how')}</legend>
          <label>
            <input
              type="radio"
              name="method"
              value="generate"
              checked={method === 'generate'}
              onChange={() => setMethod('generate')}
            />{' '}
            {t('profiles.add.generate')}
          </label>
          <label>
            <input
              type="radio"
              name="method"
              value="import"
              checked={method === 'import'}
              onChange={() => setMethod('import')}
            />{' '}
            {t('profiles.add.import')}
          </label>
        </fieldset>
        <Field label={t('profiles.nameLabel')}>
          {(id) => (
            <input id={id} value={name} onChange={(e) => setName(e.target.value)} maxLength={80} required />
          )}
        </Field>
        <Field label={t('profiles.add.environment')}>
          {(id) => (
            <select
              id={id}
              value={environment}
              onChange={(e) => setEnvironment(e.target.value as EnvironmentId)}
            >
              {environments.map((env) => (
                <option key={env.id} value={env.id}>
                  {t(ENVIRONMENT_NAMES[env.id])}
                </option>
              ))}
            </select>
          )}
        </Field>
        {method === 'import' && (
          <>
            <Field label={t('profiles.add.secret')}>
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
            <Field label={t('profiles.add.expectedApiKey')}>
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
            {method === 'generate' ? t('profiles.add.submitGenerate') : t('profiles.add.submitImport')}
          </button>
        </div>
      </form>
      <div aria-live="polite">
        {error && <ErrorNotice error={error} />}
        {created && (
          <div className="notice notice-ok" data-testid="created-profile">
            <p className="notice-title">{t('profiles.add.saved', { name: created.name })}</p>
            {created.environment !== 'sandbox' && (
              <p className="notice-hint">
                {t('profiles.add.register', { environment: created.environment })}
              </p>
            )}
            <KeyText hex={created.apiKey} />
            <p className="notice-hint">
              {rich('profiles.add.fingerprint', {
                fingerprint: created.fingerprint,
                b: (chunks) => <strong>{chunks}</strong>,
              })}
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
  const t = useT();
  const locale = useLanguage((s) => s.locale);
  return (
    <div className="view" lang={locale}>
      <h2 className="view-title">{t('profiles.title')}</h2>
      <p className="lead">{t('profiles.lead')}</p>
      {problem && <ErrorNotice error={problem} />}
      {!loaded && <p aria-busy="true">{t('shell.loading')}</p>}
      {loaded && profiles.length === 0 && !problem && <p className="muted">{t('profiles.empty')}</p>}
      <ul className="profile-list" aria-label={t('profiles.listLabel')}>
        {profiles.map((p) => (
          <ProfileCard key={p.id} profile={p} secretMissing={missingSecret.includes(p.id)} />
        ))}
      </ul>
      <AddProfile />
    </div>
  );
}
