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

/** The Signing or Recovery Key to retire, confirmed by its typed name, with what is lost said plainly. */
export function RetireStep({ ceremony, data, run, busy }: StepProps) {
  const s = ceremony.selection;
  const [typed, setTyped] = useState(s.retireConfirmation ?? '');
  const select = (selection: Partial<Selection>) =>
    void run(() => call('ceremony.select', { id: ceremony.id, selection }));
  const candidates = data.groups.filter((g) => g.type === 'SigningGroup' || g.type === 'RecoveryGroup');
  const target = data.groups.find((g) => g.key_share_holder_group_id === s.targetGroupId);
  const verdict = checkRetirement(s, data.groups);
  return (
    <div className="stack">
      <fieldset className="choices">
        <legend>Key to delete</legend>
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
              <strong>{groupLabel(g)}</strong>
              {/* A retirement is one call with the API key: no holder approves it, so no approvals line. */}
              <GroupCard group={g} needed={0} />
            </span>
          </label>
        ))}
      </fieldset>
      {target && (
        <div className="inline-form danger-zone">
          <p data-testid="retire-consequence">
            {target.holders.map((h) => h.name).join(', ')} will no longer receive signature requests for this
            group; reinstating them needs a new key generation.
          </p>
          {(leavesNoRecoveryGroup(target, data.groups) || s.retireWithoutRecovery) && (
            <label className="checkbox">
              <input
                type="checkbox"
                checked={s.retireWithoutRecovery}
                disabled={busy}
                onChange={(e) => select({ retireWithoutRecovery: e.target.checked })}
              />{' '}
              I understand: {withoutRecoveryKey(target, data.groups)}.
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
              I understand no other Signing Key stays active: this is not a key share transfer, whose new key
              comes first.
            </label>
          )}
          <Field label={<>Type the key’s name, “{groupLabel(target)}”, to confirm</>}>
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
            Confirm this key
          </button>
        </div>
      )}
      <VerdictNotice
        verdict={verdict}
        okText="This choice meets the rules of this ceremony."
        testId="selection-verdict"
      />
    </div>
  );
}
