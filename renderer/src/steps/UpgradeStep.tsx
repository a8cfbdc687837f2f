import { checkUpgrade, mainGroupHandlingInWords } from '../../../common/ceremony/group-life';
import { mainGroupPhones } from '../../../common/ceremony/lost-phone';
import type { Selection } from '../../../common/contract';
import { call } from '../api';
import { GroupCard } from '../components/GroupCard';
import type { StepProps } from './StepProps';
import { VerdictNotice } from '../components/VerdictNotice';

/** The Signing Key that becomes the Main Key, and what becomes of the current Main Key. */
export function UpgradeStep({ ceremony, data, run, busy }: StepProps) {
  const s = ceremony.selection;
  const select = (selection: Partial<Selection>) =>
    void run(() => call('ceremony.select', { id: ceremony.id, selection }));
  const signing = data.groups.filter((g) => g.type === 'SigningGroup');
  const verdict = checkUpgrade(s, data.groups);
  const currentMain = mainGroupPhones(data.groups).group;
  return (
    <div className="stack">
      <fieldset className="choices">
        <legend>Signing Key that becomes the Main Key</legend>
        {signing.length === 0 && <p className="notice notice-error">This vault has no Signing Key.</p>}
        {signing.map((g) => (
          <label key={g.key_share_holder_group_id} className="choice">
            <input
              type="radio"
              name="upgrade"
              checked={s.targetGroupId === g.key_share_holder_group_id}
              disabled={busy || g.problem !== null}
              onChange={() => select({ targetGroupId: g.key_share_holder_group_id })}
            />
            {/* An upgrade is one call with the API key: no holder approves it, so no approvals line. */}
            <GroupCard group={g} needed={0} />
          </label>
        ))}
      </fieldset>
      <fieldset className="choices">
        <legend>What becomes of the current Main Key</legend>
        {(['Invalidate', 'ConvertToSigningGroup'] as const).map((handling) => (
          <label key={handling} className="choice">
            <input
              type="radio"
              name="handling"
              checked={s.mainGroupHandling === handling}
              disabled={busy}
              onChange={() => select({ mainGroupHandling: handling })}
            />
            <span>
              <strong>{handling === 'Invalidate' ? 'Invalidate it' : 'Convert it to a Signing Key'}</strong> —{' '}
              {mainGroupHandlingInWords(handling, currentMain)}
            </span>
          </label>
        ))}
      </fieldset>
      <VerdictNotice
        verdict={verdict}
        okText="This choice meets the rules of this ceremony."
        testId="selection-verdict"
      />
    </div>
  );
}
