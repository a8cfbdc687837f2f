import { groupLabelIn } from '../../../common/ceremony/group-life';
import { call } from '../api';
import { GroupCard } from '../components/GroupCard';
import type { StepProps } from './StepProps';
import { useT } from '../store/language';

/** The key whose recovery files are drilled: any key of the vault that holds key shares. */
export function DrillKeyStep({ ceremony, data, run, busy }: StepProps) {
  const t = useT();
  const keys = data.groups.filter((g) => g.has_keys && g.status === 'Valid');
  return (
    <fieldset className="choices">
      <legend>{t('prepare.drillKey.legend')}</legend>
      {data.loaded && keys.length === 0 && (
        <p className="notice notice-error" role="alert" data-testid="no-drill-key">
          {t('prepare.drillKey.none')}
        </p>
      )}
      {keys.map((g) => (
        <label key={g.key_share_holder_group_id} className="choice">
          <input
            type="radio"
            name="drill-key"
            checked={ceremony.selection.targetGroupId === g.key_share_holder_group_id}
            disabled={busy}
            onChange={() =>
              void run(() =>
                call('ceremony.select', {
                  id: ceremony.id,
                  selection: { targetGroupId: g.key_share_holder_group_id },
                }),
              )
            }
          />
          <span>
            <strong>{groupLabelIn(g, t)}</strong>
            <GroupCard group={g} needed={0} />
          </span>
        </label>
      ))}
    </fieldset>
  );
}
