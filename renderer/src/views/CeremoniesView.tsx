/**
 * Ceremonies: start one (choosing the profile is its first step), or resume one that is open.
 */
import { lazy, Suspense, useEffect, useState } from 'react';
import type { CeremonyKind, ErrorPayload } from '../../../common/contract';
import { errorPayload } from '../api';
import { CEREMONIES, CEREMONY_ORDER } from '../ceremonies';
import { EnvironmentBadge } from '../components/EnvironmentBadge';
import { EnvironmentBanner } from '../components/EnvironmentBanner';
import { ErrorNotice } from '../components/ErrorNotice';
import { useCeremonies } from '../store/ceremonies';
import { useProfiles } from '../store/profiles';
const CeremonyView = lazy(() => import('./CeremonyView').then((m) => ({ default: m.CeremonyView })));

function ProfileStep({ kind, onBack }: { kind: CeremonyKind; onBack(): void }) {
  const { profiles, load } = useProfiles();
  const start = useCeremonies((s) => s.start);
  const [profileId, setProfileId] = useState<string | null>(null);
  const [error, setError] = useState<ErrorPayload | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    void load();
  }, [load]);
  const chosen = profiles.find((p) => p.id === profileId);
  const definition = CEREMONIES[kind];
  return (
    <div className="ceremony">
      {chosen && <EnvironmentBanner environment={chosen.environment} />}
      <div className="ceremony-head">
        <button type="button" className="button" onClick={onBack}>
          ← All ceremonies
        </button>
        <h2 className="view-title">{definition.title}</h2>
      </div>
      <section className="panel step" aria-labelledby="profile-step-title">
        <h3 id="profile-step-title">Step 1: {definition.steps[0]?.title}</h3>
        <p className="lead">{definition.summary}</p>
        <fieldset className="choices">
          <legend>Profile to sign with</legend>
          {profiles.map((p) => (
            <label key={p.id} className="choice">
              <input
                type="radio"
                name="profile"
                checked={profileId === p.id}
                onChange={() => setProfileId(p.id)}
              />
              <span>
                <strong>{p.name}</strong> <EnvironmentBadge environment={p.environment} />{' '}
                <span className="muted">fingerprint {p.fingerprint}</span>
              </span>
            </label>
          ))}
        </fieldset>
        {error && <ErrorNotice error={error} />}
        <div className="actions">
          <button
            type="button"
            className="button button-primary"
            disabled={!profileId || busy}
            onClick={() => {
              if (!profileId) return;
              setBusy(true);
              start(kind, profileId)
                .catch((e: unknown) => setError(errorPayload(e)))
                .finally(() => setBusy(false));
            }}
          >
            Start the ceremony
          </button>
        </div>
      </section>
    </div>
  );
}

export function CeremoniesView() {
  const { ceremonies, openId, draftKind, error, load, watch, open, draft } = useCeremonies();
  useEffect(() => {
    void load();
    return watch();
  }, [load, watch]);
  const current = openId ? ceremonies[openId] : undefined;
  if (current) {
    return (
      <Suspense fallback={<p aria-busy="true">Loading…</p>}>
        <CeremonyView ceremony={current} onLeave={() => open(null)} />
      </Suspense>
    );
  }
  if (draftKind) return <ProfileStep kind={draftKind} onBack={() => draft(null)} />;
  const all = Object.values(ceremonies).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const active = all.filter((c) => c.phase !== 'closed' && c.phase !== 'abandoned');
  return (
    <div className="view">
      <h2 className="view-title">Ceremonies</h2>
      <p className="lead">
        Choose a ceremony. Each one walks you through its steps; nothing is sent until you review and confirm.
      </p>
      {error && <ErrorNotice error={error} />}
      <ul className="ceremony-kinds" aria-label="Start a ceremony">
        {CEREMONY_ORDER.map((kind) => (
          <li key={kind} className="panel ceremony-kind">
            <h3>{CEREMONIES[kind].title}</h3>
            <p>{CEREMONIES[kind].summary}</p>
            <button type="button" className="button button-primary" onClick={() => draft(kind)}>
              Start: {CEREMONIES[kind].shortTitle}
            </button>
          </li>
        ))}
      </ul>
      {active.length > 0 && (
        <section aria-labelledby="open-title">
          <h3 id="open-title">Open ceremonies</h3>
          <ul className="open-list">
            {active.map((c) => (
              <li key={c.id} className="panel open-item" data-testid="open-ceremony">
                <span>
                  <strong>{CEREMONIES[c.kind].shortTitle}</strong> · {c.vaultName ?? 'no vault yet'} ·{' '}
                  <EnvironmentBadge environment={c.environment} /> · {c.phase} · started{' '}
                  {new Date(c.createdAt).toLocaleString()}
                </span>
                <button type="button" className="button" onClick={() => open(c.id)}>
                  Resume
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
