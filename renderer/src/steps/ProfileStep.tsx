/**
 * A ceremony's first step, before it exists: the API profile to sign with. Its environment decides
 * whether this is a rehearsal or the real thing; starting the ceremony records the choice.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { CeremonyKind, Profile } from '../../../common/contract';
import { CEREMONIES } from '../ceremonies';
import { EnvironmentBadge } from '../components/EnvironmentBadge';
import { CeremonyHead } from '../components/CeremonyHead';
import { ErrorNotice } from '../components/ErrorNotice';
import { useCeremonies } from '../store/ceremonies';
import { useProfiles } from '../store/profiles';
import { useLoneChoice } from './lone-choice';
import { SecretMissing } from '../components/SecretMissing';
import { Field } from '../components/Field';
import { call } from '../api';
import { useAction } from '../store/use-action';
import { useRich, useT } from '../store/language';

export function ProfileStep({ kind, onBack }: { kind: CeremonyKind; onBack(): void }) {
  const t = useT();
  const rich = useRich();
  const { profiles, missingSecret, problem, loaded, load } = useProfiles();
  const start = useCeremonies((s) => s.start);
  const [profileId, setProfileId] = useState<string | null>(null);
  const { busy, error, run } = useAction();
  // The profiles as main has them now, read as the step opens (what the screen held may be older).
  const [fresh, setFresh] = useState(false);
  useEffect(() => {
    void load().finally(() => setFresh(true));
  }, [load]);
  const chosen = profiles.find((p) => p.id === profileId);
  const usable = loaded ? profiles.filter((p) => !missingSecret.includes(p.id)) : null;
  const lone = useLoneChoice(
    usable,
    profileId !== null,
    useCallback((p: Profile) => setProfileId(p.id), []),
  );
  // The only profile that can sign, its officer named: the ceremony starts with it at once, said so. An
  // officer who types their name in this step starts by hand, the name checked first.
  const [namedHere, setNamedHere] = useState(false);
  const startsWith = fresh && !namedHere && usable?.length === 1 && usable[0]?.officerName ? usable[0] : null;
  const started = useRef(false);
  useEffect(() => {
    if (!startsWith || started.current) return;
    // Once: a start that fails leaves the button, and the officer decides.
    started.current = true;
    void run(() => start(kind, startsWith.id));
  }, [startsWith, kind, run, start]);
  const definition = CEREMONIES[kind];
  return (
    <div className="ceremony">
      <CeremonyHead
        environment={chosen?.environment ?? null}
        title={t(definition.titleKey)}
        onBack={onBack}
      />
      {/* Busy until the profiles are read afresh: only then is it known whether the step starts by itself. */}
      <section
        className="panel step"
        aria-labelledby="profile-step-title"
        aria-busy={!fresh}
        data-testid="profile-step"
      >
        <h3 id="profile-step-title">
          {t('prepare.profile.heading', {
            title: definition.steps[0] ? t(definition.steps[0].titleKey) : '',
          })}
        </h3>
        <p className="lead">{t(definition.summaryKey)}</p>
        {/* An empty list says why: the keychain, or no profile yet. */}
        {loaded && profiles.length === 0 && (
          <div data-testid="no-profiles">
            {problem ? (
              <ErrorNotice error={problem} />
            ) : (
              <p className="notice notice-info">{t('prepare.profile.none')}</p>
            )}
          </div>
        )}
        {lone && !startsWith && (
          <p className="muted" data-testid="lone-choice">
            {t('prepare.profile.loneChoice', { name: lone.name })}
          </p>
        )}
        {startsWith && (
          <p className="muted" data-testid="starts-itself" aria-busy={busy}>
            {rich('prepare.profile.startsItself', {
              name: startsWith.name,
              environment: <EnvironmentBadge environment={startsWith.environment} />,
            })}
          </p>
        )}
        <fieldset className="choices">
          <legend>{t('prepare.profile.legend')}</legend>
          {profiles.map((p) => {
            // A profile without its secret cannot sign: offered, but marked and not choosable.
            const gone = missingSecret.includes(p.id);
            return (
              <label key={p.id} className="choice">
                <input
                  type="radio"
                  name="profile"
                  checked={profileId === p.id && !gone}
                  disabled={gone}
                  onChange={() => setProfileId(p.id)}
                />
                <span>
                  <strong>{p.name}</strong> <EnvironmentBadge environment={p.environment} />{' '}
                  <span className="muted">
                    {t('prepare.profile.fingerprint', { fingerprint: p.fingerprint })}
                  </span>
                  {gone && <SecretMissing />}
                </span>
              </label>
            );
          })}
        </fieldset>
        {chosen && !chosen.officerName && (
          <OfficerName profileId={chosen.id} onSaved={() => setNamedHere(true)} />
        )}
        {error && <ErrorNotice error={error} />}
        <div className="actions">
          <button
            type="button"
            className="button button-primary"
            disabled={!profileId || missingSecret.includes(profileId) || busy}
            onClick={() => {
              if (profileId) void run(() => start(kind, profileId));
            }}
          >
            {t('prepare.profile.start')}
          </button>
        </div>
      </section>
    </div>
  );
}

/**
 * The security officer's name, asked once per profile: every ceremony started from it records it,
 * and the report prints it on the officer's sign-off line.
 */
function OfficerName({ profileId, onSaved }: { profileId: string; onSaved(): void }) {
  const t = useT();
  const [name, setName] = useState('');
  const { busy, error, run } = useAction();
  return (
    <form
      className="inline-form"
      data-testid="officer-name"
      onSubmit={(e) => {
        e.preventDefault();
        void run(async () => {
          await call('profiles.setOfficer', { id: profileId, officerName: name.trim() });
          onSaved();
          // Read the profiles again: the name is asked no more for this one.
          await useProfiles.getState().load();
        });
      }}
    >
      <Field label={t('prepare.officer.label')}>
        {(id) => <input id={id} value={name} maxLength={80} onChange={(e) => setName(e.target.value)} />}
      </Field>
      <button type="submit" className="button" disabled={busy || !name.trim()}>
        {t('prepare.officer.save')}
      </button>
      {error && <ErrorNotice error={error} />}
    </form>
  );
}
