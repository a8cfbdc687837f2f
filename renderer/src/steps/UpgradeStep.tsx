import { checkUpgrade, mainGroupHandlingInWords } from '../../../common/ceremony/group-life';
import { mainGroupPhones } from '../../../common/ceremony/lost-phone';
import type { Selection } from '../../../common/contract';
import { call } from '../api';
import { GroupCard } from '../components/GroupCard';
import type { StepProps } from './StepProps';
import { VerdictNotice } from '../components/VerdictNotice';
import { useRich, useT } from '../store/language';

/** The Signing Key that becomes the Main Key, and what becomes of the current Main Key. */
export function UpgradeStep({ ceremony, data, run, busy }: StepProps) {
  const t = useT();
  const rich = useRich();
  const s = ceremony.selection;
  const select = (selection: Partial<Selection>) =>
    void run(() => call('ceremony.select', { id: ceremony.id, selection }));
  const signing = data.groups.filter((g) => g.type === 'SigningGroup');
  const verdict = checkUpgrade(s, data.groups, t);
  const currentMain = mainGroupPhones(data.groups).group;
  return (
    <div className="stack">
      <fieldset className="choices">
        <legend>{t('prepare.upgrade.legend')}</legend>
        {signing.length === 0 && <p className="notice notice-error">{t('prepare.upgrade.noSigning')}</p>}
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
        <legend>{t('prepare.upgrade.handlingLegend')}</legend>
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
              {rich(handling === 'Invalidate' ? 'prepare.upgrade.invalidate' : 'prepare.upgrade.convert', {
                words: mainGroupHandlingInWords(handling, currentMain, t),
                b: (chunks) => <strong>{chunks}</strong>,
              })}
            </span>
          </label>
        ))}
      </fieldset>
      <VerdictNotice verdict={verdict} okText={t('prepare.selectionOk')} testId="selection-verdict" />
    </div>
  );
}
