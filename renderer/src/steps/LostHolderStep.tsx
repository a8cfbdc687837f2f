import { waysBack } from '../../../common/ceremony/group-life';
import {
  groupStatusInWords,
  holderStatusInWords,
  lostPhoneReport,
  mainGroupPhones,
  recoveryPremiseGone,
} from '../../../common/ceremony/lost-phone';
import { call } from '../api';
import { ConfirmAction } from '../components/ConfirmAction';
import { NewMainGroupButton } from '../components/NewMainGroupButton';
import { useCeremonies } from '../store/ceremonies';
import type { StepProps } from './StepProps';
import { useRich, useT } from '../store/language';

/**
 * Recovery starts from who lost what: the affected holder, what Cobo reports about that phone and its
 * group, and what will happen, in plain words. A phone Cobo does not report as lost stops here.
 */
export function LostHolderStep({ ceremony, data, run, busy }: StepProps) {
  const t = useT();
  const rich = useRich();
  const draft = useCeremonies((c) => c.draft);
  const ways = waysBack(data.groups, t);
  const { group: oldMain, phones } = mainGroupPhones(data.groups);
  const chosen = phones.find((h) => h.tss_node_id === ceremony.selection.lostNodeId);
  const report = lostPhoneReport(ceremony.selection.lostNodeId, data.groups, data.nodes, t);
  const recoveryGroup = data.groups.find((g) => g.type === 'RecoveryGroup' && g.status === 'Valid');
  const newMainExists = data.groups.some((g) => g.type === 'MainGroup' && g.status === 'New');
  if (!data.loaded) return <p aria-busy="true">{t('prepare.lost.asking')}</p>;
  if (!oldMain) return <p>{t('prepare.lost.noMain')}</p>;
  const gone = recoveryPremiseGone(ceremony.selection.lostNodeId, data.groups, t);
  if (gone)
    return (
      <div className="notice notice-warn" data-testid="recovery-premise-gone" data-focus-result tabIndex={-1}>
        <p className="notice-title">{t('prepare.lost.goneTitle')}</p>
        <p>{gone}</p>
        <p>{t('prepare.lost.goneHint')}</p>
      </div>
    );
  const rehearsal = ceremony.environment === 'sandbox';
  return (
    <div>
      <RestoreFirst />
      <fieldset className="choices">
        <legend>{t('prepare.lost.legend')}</legend>
        {phones.map((h) => (
          <label key={h.tss_node_id} className="choice">
            <input
              type="radio"
              name="lost"
              checked={ceremony.selection.lostNodeId === h.tss_node_id}
              disabled={busy}
              onChange={() =>
                void run(() =>
                  call('ceremony.select', { id: ceremony.id, selection: { lostNodeId: h.tss_node_id } }),
                )
              }
            />
            <span>
              {rich('prepare.lost.phone', {
                name: h.name,
                status: h.status,
                words: holderStatusInWords(h.status, t),
                b: (chunks) => <strong>{chunks}</strong>,
              })}
            </span>
          </label>
        ))}
      </fieldset>
      {chosen && report.problem && (
        <div
          className="notice notice-warn"
          data-testid="lost-phone-not-reported"
          data-focus-result
          tabIndex={-1}
        >
          <p className="notice-title">{t('prepare.lost.notReportedTitle')}</p>
          <p>{report.problem}</p>
          <p>{t('prepare.lost.restored', { name: chosen.name })}</p>
          {rehearsal && <p>{t('prepare.lost.rehearsal', { name: chosen.name })}</p>}
        </div>
      )}
      {chosen && !report.problem && report.group && (
        <div className="notice notice-info" data-testid="recovery-explanation">
          <p className="notice-title">{t('prepare.lost.explainTitle')}</p>
          <ol>
            <li>
              {t('prepare.lost.explainOld', {
                name: chosen.name,
                changed: 'Changed',
                status: report.group.status,
                words: groupStatusInWords(report.group.status, t),
              })}
            </li>
            <li>
              {t('prepare.lost.explainNew', {
                holders: recoveryGroup
                  ? t('prepare.lost.explainHolders', {
                      names: recoveryGroup.holders.map((x) => x.name).join(t('prepare.nameSeparator')),
                    })
                  : '',
                name: chosen.name,
                node: report.newPhone
                  ? t('prepare.lost.explainNode', { id: report.newPhone.tss_node_id })
                  : '',
              })}
            </li>
            <li>{t('prepare.lost.explainSame')}</li>
          </ol>
          <div className="panel-inset" data-testid="ways-back">
            <h4>{t('prepare.lost.waysTitle')}</h4>
            <p>
              {rich('prepare.lost.wayRecovery', {
                why: ways.recovery.why,
                b: (chunks) => <strong>{chunks}</strong>,
              })}
            </p>
            <p>
              {rich('prepare.lost.wayUpgrade', {
                why: ways.upgrade.why,
                b: (chunks) => <strong>{chunks}</strong>,
              })}
            </p>
            {ways.upgrade.possible && (
              <UpgradeInstead
                busy={busy}
                onConfirm={() =>
                  void run(async () => {
                    await call('ceremony.abandon', { id: ceremony.id, instead: 'GroupUpgrade' });
                    draft('GroupUpgrade');
                  })
                }
              />
            )}
          </div>
          {!newMainExists && (
            <div data-testid="new-main-needed">
              <p>{t('prepare.lost.newMain', { name: chosen.name })}</p>
              <NewMainGroupButton ceremony={ceremony} run={run} busy={busy} />
            </div>
          )}
        </div>
      )}
    </div>
  );
}

/**
 * Taking the other way back closes this Recovery first, on the record, so no stale Recovery is left
 * open to block the vault (asked once more: abandoning cannot be undone).
 */
function UpgradeInstead({ busy, onConfirm }: { busy: boolean; onConfirm(): void }) {
  const t = useT();
  return (
    <ConfirmAction
      busy={busy}
      label={t('prepare.lost.upgradeInstead')}
      triggerClass="button"
      question={t('prepare.lost.upgradeQuestion')}
      confirmLabel={t('prepare.lost.upgradeConfirm')}
      keepLabel={t('prepare.lost.keep')}
      testId="upgrade-instead-confirm"
      onConfirm={onConfirm}
    />
  );
}

/**
 * The ways back after a lost phone in the order Cobo's manual gives them (ocw/restore-from-backup,
 * guard/reset, portal-mobile/reset): first a restore from backup, which needs no ceremony.
 */
function RestoreFirst() {
  const t = useT();
  return (
    <div className="notice notice-info" data-testid="restore-first">
      <p className="notice-title">{t('prepare.restore.title')}</p>
      <p>{t('prepare.restore.backup', { valid: 'Valid' })}</p>
      <p>{t('prepare.restore.noBackup')}</p>
      <p>{t('prepare.restore.otherKeys')}</p>
    </div>
  );
}
