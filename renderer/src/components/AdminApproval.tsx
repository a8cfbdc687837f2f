/**
 * Rehearsal only, on Holder phones: the organisation's Admins approving governed requests. Cobo's manual
 * says creating, recreating, upgrading and deleting keys follow the governance policy (by default at
 * least half of the Admins approve), but not whether a request made with an API key waits for it: this
 * stage rehearses the case where it does, and says that it is an assumption.
 */
import { call } from '../api';
import { useSandboxHolders } from '../store/sandbox-holders';
import { useAction } from '../store/use-action';
import { ErrorNotice } from './ErrorNotice';
import { useRich, useT } from '../store/language';

export function AdminApproval() {
  const t = useT();
  const rich = useRich();
  const { adminApproval, awaitingAdmins, load } = useSandboxHolders();
  const { busy, error, run } = useAction({ onDone: () => void load() });
  return (
    <div className="panel" data-testid="admin-approval">
      <label className="checkbox">
        <input
          type="checkbox"
          checked={adminApproval}
          disabled={busy}
          onChange={(e) => void run(() => call('sandbox.setAdminApproval', { on: e.target.checked }))}
        />{' '}
        {t('run.admins.rehearse', { fromGroup: 'KeyGenFromKeyGroup', recovery: 'Recovery' })}
      </label>
      {awaitingAdmins.length > 0 && (
        <ul className="pending-list" aria-label={t('run.admins.waiting')}>
          {awaitingAdmins.map((r) => (
            <li key={r.tss_request_id} className="pending-item">
              <span>{rich('run.admins.request', { type: r.type, id: <code>{r.tss_request_id}</code> })}</span>
              <button
                type="button"
                className="button button-primary"
                disabled={busy}
                onClick={() =>
                  void run(() => call('sandbox.approveAsAdmins', { tssRequestId: r.tss_request_id }))
                }
              >
                {t('run.admins.approve')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {error && <ErrorNotice error={error} />}
    </div>
  );
}
