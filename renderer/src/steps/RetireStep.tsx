import { useState } from 'react';
import {
  checkRetirement,
  groupLabel,
  leavesNoRecoveryGroup,
  withoutRecoveryKey,
  leavesNoSigningKey,
} from '../../../common/ceremony/group-life';
import type { Selection } from '../../../common/contract';
import { call } from '../api';
import { Field } from '../components/Field';
import { GroupCard } from '../components/GroupCard';
import type { StepProps } from './StepProps';
import { VerdictNotice } from '../components/VerdictNotice';
import { useT } from '../store/language';

/** The Signing or Recovery Key to retire, confirmed by its typed name, with what is lost said plainly. */
export function RetireStep({ ceremony, data, run, busy }: StepProps) {
  const t = useT();
  const s = ceremony.selection;
  const [typed, setTyped] = useState(s.retireConfirmation ?? '');
  const select = (selection: Partial<Selection>) =>
    void run(() => call('ceremony.select', { id: ceremony.id, selection }));
  const candidates = data.groups.filter((g) => g.type === 'SigningGroup' || g.type === 'RecoveryGroup');
  const target = data.groups.find((g) => g.key_share_holder_group_id === s.targetGroupId);
  const verdict = checkRetirement(s, data.groups, t);
  return (
    <div className="stack">
      <fieldset className="choices">
        <legend>{t('prepare.retire.legend')}</legend>
        {candidates.map((g) => (
          <label key={g.key_share_holder_group_id} className="choice">
            <input
              type="radio"
              name="retire"
              checked={s.targetGroupId === g.key_share_holder_group_id}
              disabled={busy || g.problem !== null}
              onChange={() =>
                // An acceptance given for one key never carries over to another.
                select({
                  targetGroupId: g.key_share_holder_group_id,
                  retireConfirmation: null,
                  retireWithoutRecovery: false,
                  retireWithoutReplacement: false,
                })
              }
            />
            <span>
              {/* The key's name to type: the same code in every language, as main compares it. */}
              <strong translate="no">{groupLabel(g)}</strong>
              {/* A retirement is one call with the API key: no holder approves it, so no approvals line. */}
              <GroupCard group={g} needed={0} />
            </span>
          </label>
        ))}
      </fieldset>
      {target && (
        <div className="inline-form danger-zone">
          <p data-testid="retire-consequence">
            {t('prepare.retire.consequence', {
              names: target.holders.map((h) => h.name).join(t('prepare.nameSeparator')),
            })}
          </p>
          {(leavesNoRecoveryGroup(target, data.groups) || s.retireWithoutRecovery) && (
            <label className="checkbox">
              <input
                type="checkbox"
                checked={s.retireWithoutRecovery}
                disabled={busy}
                onChange={(e) => select({ retireWithoutRecovery: e.target.checked })}
              />{' '}
              {t('prepare.retire.withoutRecovery', {
                consequence: withoutRecoveryKey(target, data.groups, t),
              })}
            </label>
          )}
          {(leavesNoSigningKey(target, data.groups) || s.retireWithoutReplacement) && (
            <label className="checkbox">
              <input
                type="checkbox"
                checked={s.retireWithoutReplacement}
                disabled={busy}
                onChange={(e) => select({ retireWithoutReplacement: e.target.checked })}
              />{' '}
              {t('prepare.retire.withoutReplacement')}
            </label>
          )}
          <Field label={t('prepare.retire.typeName', { name: groupLabel(target) })}>
            {(id) => (
              <input id={id} value={typed} onChange={(e) => setTyped(e.target.value)} autoComplete="off" />
            )}
          </Field>
          <button
            type="button"
            className="button button-danger"
            disabled={busy || typed.trim() === ''}
            onClick={() => select({ retireConfirmation: typed })}
          >
            {t('prepare.retire.confirm')}
          </button>
        </div>
      )}
      <VerdictNotice verdict={verdict} okText={t('prepare.selectionOk')} testId="selection-verdict" />
    </div>
  );
}
