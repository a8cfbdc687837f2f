/**
 * "Holder phones": in a rehearsal, the team plays the key share holders of the offline sandbox —
 * approve or reject in their place, take a phone offline, or lose it to rehearse a recovery.
 */
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

const TYPE_LABELS: Record<string, string> = {
  Cobo: 'Cobo node',
  Mobile: 'Mobile Signer (phone)',
  API: 'Server Signer',
};
const STATUS_LABELS: Record<string, string> = {
  Valid: 'Active',
  Changed: 'Lost — replaced',
  NotConfigured: 'Not set up',
  NotActivated: 'Not activated',
};

function HolderCard({ holder, onError }: { holder: SandboxHolder; onError(e: ErrorPayload | null): void }) {
  const [confirmLoss, setConfirmLoss] = useState(false);
  const ids = useId();
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
        <span className="tag">{TYPE_LABELS[holder.type] ?? holder.type}</span>
        <span className={`tag ${holder.online ? 'tag-ok' : 'tag-warn'}`}>
          {holder.online ? 'Online' : 'Offline'}
        </span>
        {holder.status !== 'Valid' && (
          <span className="tag tag-warn">{STATUS_LABELS[holder.status] ?? holder.status}</span>
        )}
        {holder.replaces && <span className="tag">New phone</span>}
        {holder.frozen && <span className="tag tag-warn">Account frozen</span>}
      </div>
      <p className="muted small" data-testid="holder-node-id">
        TSS node ID, in groups of four for reading aloud (copy it with or without the spaces):{' '}
        <span className="mono" data-id={holder.tss_node_id}>
          {readNodeId(holder.tss_node_id).chunks.join(' ')}
        </span>
      </p>
      {holder.pending.length > 0 && (
        <ul className="pending-list" aria-label={`Requests waiting for ${holder.name}`}>
          {holder.pending.map((p) => (
            <li key={p.tss_request_id} className="pending-item">
              <span>
                {p.type} request <code>{p.tss_request_id}</code> waits for {holder.name} to review it and
                start
              </span>
              <button
                type="button"
                className="button button-primary"
                disabled={busy || !holder.online || holder.frozen}
                onClick={() => decide(p.tss_request_id, 'approve')}
              >
                {holder.type === 'API' ? 'Start' : 'Start Key Gen'} as {holder.name}
              </button>
              <button
                type="button"
                className="button button-danger-quiet"
                disabled={busy || !holder.online || holder.frozen}
                onClick={() => decide(p.tss_request_id, 'reject')}
              >
                Reject<span className="visually-hidden"> as {holder.name}</span>
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
            {holder.online ? 'Take offline' : 'Bring online'}
          </button>
          {holder.type === 'Mobile' && (
            <button
              type="button"
              className="button button-danger-quiet"
              disabled={busy}
              onClick={() => setConfirmLoss(!confirmLoss)}
              aria-expanded={confirmLoss}
            >
              Lose this phone…
            </button>
          )}
        </div>
      )}
      {holder.type !== 'Cobo' && !lost && <RecoveryFileExport holder={holder} onError={onError} />}
      {lost && <LostPhoneMeaning name={holder.name} />}
      {holder.frozen && (
        <div className="notice notice-info" data-testid="restored-meaning">
          <p>
            {holder.name} restored the key share from backup on a new phone: the same TSS node ID, the same
            key share, no ceremony needed. Cobo Guard freezes the account until an Admin unfreezes it in Cobo
            Portal (Portal Mobile instead suspends sending for 24 hours); until then {holder.name} cannot act
            on a request.
          </p>
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() => void act(() => call('sandbox.unfreeze', { tssNodeId: holder.tss_node_id }))}
          >
            Unfreeze {holder.name}’s account (as an Admin)
          </button>
        </div>
      )}
      {confirmLoss && !lost && (
        <div className="inline-form danger-zone">
          <p>
            First way back, as Cobo’s manual orders them: {holder.name} restores the key share from its backup
            on the new phone, and keeps the same TSS node ID.
          </p>
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
            Restore {holder.name}’s key share from backup on a new phone
          </button>
          <p>
            Without a backup, {holder.name}’s phone and its key shares are gone for this rehearsal. Groups
            that include it become unavailable, and a new phone is set up for {holder.name}; rehearse a
            Recovery to give it key shares.
          </p>
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
            Lose {holder.name}’s phone, with no backup
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
  return (
    <div className="notice notice-warn" data-testid="lost-phone-meaning">
      <p className="notice-title">What this means</p>
      <p>
        Cobo now reports {name}’s old phone as Changed, and the groups that hold a key share on it as
        Unavailable: they cannot be used until the way back is done. {name}’s new phone (the card marked “New
        phone”) holds no key share yet.
      </p>
      <p>
        The way back: a Recovery, where the Recovery Key re-creates the Main Key’s key shares for a new Main
        Key with {name}’s new phone; or upgrading a Signing Key to Main. The Recovery’s first steps show which
        is possible now.
      </p>
      <button
        type="button"
        className="button button-primary"
        onClick={() => {
          draft('Recovery');
          show('ceremonies');
        }}
      >
        Start the way back: Recovery <span className="visually-hidden">after {name}’s lost phone</span>
      </button>
    </div>
  );
}

export function HolderPhonesView() {
  const { holders, manualApproval, error, loaded, load, watch, setManualApproval } = useSandboxHolders();
  const [actionError, setActionError] = useState<ErrorPayload | null>(null);
  const ids = useId();
  useEffect(() => {
    void load();
    return watch();
  }, [load, watch]);
  return (
    <div className="view">
      <h2 className="view-title">Holder phones</h2>
      <p className="lead">
        Rehearsal only. These are the offline sandbox’s simulated key share holders. Play their part here:
        review a request and tap Start Key Gen (or reject it) as they would in Cobo Guard — once: the phone
        then takes part by itself while its app stays open — take a phone offline, or lose one to rehearse a
        recovery.
      </p>
      <div className="panel">
        <label className="checkbox" htmlFor={`${ids}-manual`}>
          <input
            id={`${ids}-manual`}
            type="checkbox"
            checked={manualApproval}
            onChange={(e) => void setManualApproval(e.target.checked)}
          />{' '}
          Holders start a request only when someone taps Start Key Gen for them here (otherwise phones start
          by themselves after a moment)
        </label>
      </div>
      <AdminApproval />
      <AdvancedVaults />
      <FreshOrganisation />
      {error && <ErrorNotice error={error} />}
      <div aria-live="polite">{actionError && <ErrorNotice error={actionError} />}</div>
      {!loaded && <p aria-busy="true">Loading…</p>}
      <ul className="profile-list" aria-label="Simulated key share holders">
        {holders.map((h) => (
          <HolderCard key={h.tss_node_id} holder={h} onError={setActionError} />
        ))}
      </ul>
    </div>
  );
}
