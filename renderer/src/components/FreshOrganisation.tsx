import { useState } from 'react';
import { call } from '../api';
import { useAction } from '../store/use-action';
import { ErrorNotice } from './ErrorNotice';

/**
 * Rehearsal only: start over where a real organisation starts — its phones and Server Signer exist,
 * Cobo lists none of them yet, no groups, and no vault unless asked for.
 */
export function FreshOrganisation() {
  const [confirming, setConfirming] = useState(false);
  const [withVault, setWithVault] = useState(false);
  const { busy, error, run } = useAction({ onDone: () => setConfirming(false) });
  return (
    <div className="panel">
      {!confirming ? (
        <button type="button" className="button" onClick={() => setConfirming(true)} aria-expanded={false}>
          Start from a fresh organisation…
        </button>
      ) : (
        <div className="inline-form danger-zone">
          <p>
            The sandbox forgets its groups, requests and keys and starts where a real organisation starts: the
            phones and the Server Signer below exist, but Cobo lists none of them until they are in a group.
            Enter their TSS node IDs (shown below) when you design the groups.
          </p>
          <label className="checkbox">
            <input type="checkbox" checked={withVault} onChange={(e) => setWithVault(e.target.checked)} />{' '}
            Keep one empty vault (otherwise rehearse creating the vault too)
          </label>
          <div className="actions">
            <button
              type="button"
              className="button button-danger"
              disabled={busy}
              onClick={() => void run(() => call('sandbox.startFresh', { withVault }))}
            >
              Start from a fresh organisation
            </button>
            <button type="button" className="button" onClick={() => setConfirming(false)}>
              Keep this one
            </button>
          </div>
        </div>
      )}
      {error && <ErrorNotice error={error} />}
    </div>
  );
}
