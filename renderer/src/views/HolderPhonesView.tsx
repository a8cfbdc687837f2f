/**
 * "Holder phones": in a rehearsal, the team plays the key share holders of the offline sandbox —
 * approve or reject in their place, take a phone offline, or lose it to rehearse a recovery.
 */
import { screenReaderOnly } from '../components/ScreenReaderOnly';
import { RecoveryFileExport } from '../components/RecoveryFileExport';
import { useEffect, useId, useState } from 'react';
import type { ErrorPayload, SandboxHolder } from '../../../common/contract';
import { call } from '../api';
import { readNodeId } from '../../../common/ceremony/node-id';
import { ErrorNotice } from '../components/ErrorNotice';
import { AdminApproval } from '../components/AdminApproval';
import { AdvancedVaults } from '../components/AdvancedVaults';
import { FreshOrganisation } from '../components/FreshOrganisation';
import { useCeremonies } from '../store/ceremonies';
import { useSandboxHolders } from '../store/sandbox-holders';
import { useScreen } from '../store/screen';
import { useAction } from '../store/use-action';
import { useLanguage, useRich, useT } from '../store/language';
import type { MessageKey } from '../../../common/i18n/translate';

const TYPE_LABELS: Readonly<Record<string, MessageKey>> = {
  Cobo: 'holders.type.cobo',
  Mobile: 'holders.type.mobile',
  API: 'holders.type.api',
};
const STATUS_LABELS: Readonly<Record<string, MessageKey>> = {
  Valid: 'holders.status.valid',
  Changed: 'holders.status.changed',
  NotConfigured: 'holders.status.notConfigured',
  NotActivated: 'holders.status.notActivated',
};

/** Words only a screen reader says, so each button names whom it acts for. */

function HolderCard({ holder, onError }: { holder: SandboxHolder; onError(e: ErrorPayload | null): void }) {
  const [confirmLoss, setConfirmLoss] = useState(false);
  const ids = useId();
  const t = useT();
  const rich = useRich();
  const name = holder.name;
  const type = TYPE_LABELS[holder.type];
  const status = STATUS_LABELS[holder.status];
  const { busy, run: act } = useAction({ onError });
  const lost = holder.status === 'Changed';
  const decide = (tssRequestId: string, decision: 'approve' | 'reject') =>
    void act(() => call('sandbox.decide', { tssNodeId: holder.tss_node_id, tssRequestId, decision }));
  return (
    <li
      className={`panel holder-card${lost ? ' holder-lost' : ''}`}
      data-testid="holder-card"
      data-node={holder.tss_node_id}
    >
      <div className="profile-head">
        <h3 className="profile-name" id={`${ids}-name`}>
          {holder.name}
        </h3>
        <span className="tag">{type ? t(type) : holder.type}</span>
        <span className={`tag ${holder.online ? 'tag-ok' : 'tag-warn'}`}>
          {holder.online ? t('holders.online') : t('holders.offline')}
        </span>
        {holder.status !== 'Valid' && (
          <span className="tag tag-warn">{status ? t(status) : holder.status}</span>
        )}
        {holder.replaces && <span className="tag">{t('holders.newPhone')}</span>}
        {holder.frozen && <span className="tag tag-warn">{t('holders.frozen')}</span>}
      </div>
      <p className="muted small" data-testid="holder-node-id">
        {rich('holders.nodeId', {
          id: (
            <span className="mono" data-id={holder.tss_node_id} translate="no">
              {readNodeId(holder.tss_node_id, t).chunks.join(' ')}
            </span>
          ),
        })}
      </p>
      {holder.pending.length > 0 && (
        <ul className="pending-list" aria-label={t('holders.pending.label', { name })}>
          {holder.pending.map((p) => (
            <li key={p.tss_request_id} className="pending-item">
              <span>
                {/* The request's type as Cobo names it (KeyGen, Recovery…). */}
                {rich('holders.pending.waits', { type: p.type, id: <code>{p.tss_request_id}</code>, name })}
              </span>
              <button
                type="button"
                className="button button-primary"
                disabled={busy || !holder.online || holder.frozen}
                onClick={() => decide(p.tss_request_id, 'approve')}
              >
                {holder.type === 'API'
                  ? t('holders.pending.start', { name })
                  : t('holders.pending.startKeyGen', { name })}
              </button>
              <button
                type="button"
                className="button button-danger-quiet"
                disabled={busy || !holder.online || holder.frozen}
                onClick={() => decide(p.tss_request_id, 'reject')}
              >
                {rich('holders.pending.reject', { name, h: screenReaderOnly })}
              </button>
            </li>
          ))}
        </ul>
      )}
      {holder.type !== 'Cobo' && !lost && (
        <div className="actions">
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() =>
              void act(() =>
                call('sandbox.setOnline', { tssNodeId: holder.tss_node_id, online: !holder.online }),
              )
            }
          >
            {holder.online ? t('holders.takeOffline') : t('holders.bringOnline')}
          </button>
          {holder.type === 'Mobile' && (
            <button
              type="button"
              className="button button-danger-quiet"
              disabled={busy}
              onClick={() => setConfirmLoss(!confirmLoss)}
              aria-expanded={confirmLoss}
            >
              {t('holders.losePhone')}
            </button>
          )}
        </div>
      )}
      {holder.type !== 'Cobo' && !lost && <RecoveryFileExport holder={holder} onError={onError} />}
      {lost && <LostPhoneMeaning name={holder.name} />}
      {holder.frozen && (
        <div className="notice notice-info" data-testid="restored-meaning">
          <p>{t('holders.restored.meaning', { name })}</p>
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() => void act(() => call('sandbox.unfreeze', { tssNodeId: holder.tss_node_id }))}
          >
            {t('holders.restored.unfreeze', { name })}
          </button>
        </div>
      )}
      {confirmLoss && !lost && (
        <div className="inline-form danger-zone">
          <p>{t('holders.lose.firstWay', { name })}</p>
          <button
            type="button"
            className="button button-primary"
            disabled={busy}
            onClick={() =>
              void act(async () => {
                await call('sandbox.restoreFromBackup', { tssNodeId: holder.tss_node_id });
                setConfirmLoss(false);
              })
            }
          >
            {t('holders.lose.restore', { name })}
          </button>
          <p>{t('holders.lose.withoutBackup', { name })}</p>
          <button
            type="button"
            className="button button-danger"
            disabled={busy}
            onClick={() =>
              void act(async () => {
                await call('sandbox.losePhone', { tssNodeId: holder.tss_node_id });
                setConfirmLoss(false);
              })
            }
          >
            {t('holders.lose.confirm', { name })}
          </button>
        </div>
      )}
    </li>
  );
}

/** What a lost phone means as Cobo reports it, and the way back, offered at once. */
function LostPhoneMeaning({ name }: { name: string }) {
  const draft = useCeremonies((s) => s.draft);
  const show = useScreen((s) => s.show);
  const t = useT();
  const rich = useRich();
  return (
    <div className="notice notice-warn" data-testid="lost-phone-meaning">
      <p className="notice-title">{t('holders.lost.title')}</p>
      <p>{t('holders.lost.meaning', { name })}</p>
      <p>{t('holders.lost.wayBack', { name })}</p>
      <button
        type="button"
        className="button button-primary"
        onClick={() => {
          draft('Recovery');
          show('ceremonies');
        }}
      >
        {rich('holders.lost.start', { name, h: screenReaderOnly })}
      </button>
    </div>
  );
}

export function HolderPhonesView() {
  const { holders, manualApproval, error, loaded, load, watch, setManualApproval } = useSandboxHolders();
  const [actionError, setActionError] = useState<ErrorPayload | null>(null);
  const ids = useId();
  const t = useT();
  const locale = useLanguage((s) => s.locale);
  useEffect(() => {
    void load();
    return watch();
  }, [load, watch]);
  return (
    <div className="view" lang={locale}>
      <h2 className="view-title">{t('holders.title')}</h2>
      <p className="lead">{t('holders.lead')}</p>
      <div className="panel">
        <label className="checkbox" htmlFor={`${ids}-manual`}>
          <input
            id={`${ids}-manual`}
            type="checkbox"
            checked={manualApproval}
            onChange={(e) => void setManualApproval(e.target.checked)}
          />{' '}
          {t('holders.manualApproval')}
        </label>
      </div>
      <AdminApproval />
      <AdvancedVaults />
      <FreshOrganisation />
      {error && <ErrorNotice error={error} />}
      <div aria-live="polite">{actionError && <ErrorNotice error={actionError} />}</div>
      {!loaded && <p aria-busy="true">{t('shell.loading')}</p>}
      <ul className="profile-list" aria-label={t('holders.list')}>
        {holders.map((h) => (
          <HolderCard key={h.tss_node_id} holder={h} onError={setActionError} />
        ))}
      </ul>
    </div>
  );
}
