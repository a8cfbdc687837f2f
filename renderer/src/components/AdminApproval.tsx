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

export function AdminApproval() {
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
        Rehearse the Admins’ approval (governance): a KeyGenFromKeyGroup or Recovery waits for the Admins
        before its holders are asked. An assumption: Cobo’s manual does not say whether a request made with an
        API key waits for it.
      </label>
      {awaitingAdmins.length > 0 && (
        <ul className="pending-list" aria-label="Requests waiting for the Admins">
          {awaitingAdmins.map((r) => (
            <li key={r.tss_request_id} className="pending-item">
              <span>
                {r.type} request <code>{r.tss_request_id}</code> waits for the organisation’s Admins
              </span>
              <button
                type="button"
                className="button button-primary"
                disabled={busy}
                onClick={() =>
                  void run(() => call('sandbox.approveAsAdmins', { tssRequestId: r.tss_request_id }))
                }
              >
                Approve as the Admins
              </button>
            </li>
          ))}
        </ul>
      )}
      {error && <ErrorNotice error={error} />}
    </div>
  );
}
