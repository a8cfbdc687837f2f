import { everyHolder } from '../../../common/ceremony/holders';
import { useState } from 'react';
import { call } from '../api';
import type { StepProps } from './StepProps';
import { participantsOf } from './use-cobo-data';
import { replacedPhone } from '../../../common/ceremony/lost-phone';
import { Field } from '../components/Field';
import { lastWitnesses } from '../../../common/ceremony/history';
import { useCeremonies } from '../store/ceremonies';
import { WitnessKeysForm } from '../components/WitnessSigning';
import { useT } from '../store/language';

export function CheckinStep({ ceremony, data, run, busy }: StepProps) {
  const t = useT();
  const people = participantsOf(ceremony, data);
  const known = everyHolder(data.groups, data.nodes);
  // The witnesses of the last ceremony are offered again, to be changed or saved as they are.
  const offered = useCeremonies((s) =>
    ceremony.witnesses.length ? null : lastWitnesses(Object.values(s.ceremonies), ceremony),
  );
  const [witnesses, setWitnesses] = useState(
    (ceremony.witnesses.length ? ceremony.witnesses : (offered ?? [])).join('\n'),
  );
  return (
    <div className="stack">
      <ul className="checkin-list" aria-label={t('run.checkin.custodians')}>
        {people.map((p) => {
          const at = ceremony.custodians[p.tss_node_id];
          return (
            <li key={p.tss_node_id} className="checkin">
              <span>
                <strong>{p.name}</strong>{' '}
                <span className="muted">
                  {p.type === 'API'
                    ? t('run.checkin.serverSigner')
                    : replacedPhone(p, known)
                      ? t('run.checkin.newPhone')
                      : t('run.checkin.phone')}
                </span>
              </span>
              {at ? (
                <span className="tag tag-ok" data-focus-result tabIndex={-1}>
                  {t('run.checkin.present', { name: p.name, time: new Date(at).toLocaleTimeString() })}
                </span>
              ) : (
                <button
                  type="button"
                  className="button"
                  disabled={busy}
                  onClick={() =>
                    void run(
                      () =>
                        call('ceremony.checkIn', { id: ceremony.id, tssNodeId: p.tss_node_id, name: p.name }),
                      { andContinue: true },
                    )
                  }
                >
                  {t('run.checkin.confirm', { name: p.name })}
                </button>
              )}
            </li>
          );
        })}
      </ul>
      <WitnessKeysForm ceremony={ceremony} />
      <form
        className="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          const names = witnesses
            .split('\n')
            .map((w) => w.trim())
            .filter(Boolean);
          void run(() => call('ceremony.setWitnesses', { id: ceremony.id, witnesses: names }), {
            andContinue: true,
          });
        }}
      >
        <Field label={t('run.checkin.witnesses')}>
          {(id) => (
            <textarea id={id} rows={3} value={witnesses} onChange={(e) => setWitnesses(e.target.value)} />
          )}
        </Field>
        {offered && ceremony.witnesses.length === 0 && (
          <p className="muted small" data-testid="witnesses-offered">
            {t('run.checkin.offered')}
          </p>
        )}
        <button type="submit" className="button" disabled={busy}>
          {t('run.checkin.save')}
        </button>
        {ceremony.witnesses.length > 0 && (
          // Keyed by the names: a new list is a new result, and takes the focus.
          <p key={ceremony.witnesses.join('\n')} className="muted" data-focus-result tabIndex={-1}>
            {t('run.checkin.recorded', { names: ceremony.witnesses.join(t('words.listSeparator')) })}
          </p>
        )}
      </form>
    </div>
  );
}
