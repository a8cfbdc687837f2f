import { useState } from 'react';
import { call } from '../api';
import { useAction } from '../store/use-action';
import { ErrorNotice } from './ErrorNotice';

type Start = 'fresh' | 'legacy';

/**
 * Rehearsal only: start over where a real organisation starts — its phones and Server Signer exist,
 * Cobo lists none of them yet, no groups, and no vault unless asked for — or from an organisation set
 * up before Cobo's October 2025 rules, whose keys keep the shapes allowed then.
 */
export function FreshOrganisation() {
  const [confirming, setConfirming] = useState<Start | null>(null);
  const [withVault, setWithVault] = useState(false);
  const { busy, error, run } = useAction({ onDone: () => setConfirming(null) });
  return (
    <div className="panel">
      {!confirming ? (
        <div className="actions">
          <button
            type="button"
            className="button"
            onClick={() => setConfirming('fresh')}
            aria-expanded={false}
          >
            Start from a fresh organisation…
          </button>
          <button
            type="button"
            className="button"
            onClick={() => setConfirming('legacy')}
            aria-expanded={false}
          >
            Start from an organisation set up before October 2025…
          </button>
        </div>
      ) : (
        <div className="inline-form danger-zone">
          {confirming === 'fresh' ? (
            <>
              <p>
                The sandbox forgets its groups, requests and keys and starts where a real organisation starts:
                the phones and the Server Signer below exist, but Cobo lists none of them until they are in a
                group. Enter their TSS node IDs (shown below) when you design the groups.
              </p>
              <label className="checkbox">
                <input type="checkbox" checked={withVault} onChange={(e) => setWithVault(e.target.checked)} />{' '}
                Keep one empty vault (otherwise rehearse creating the vault too)
              </label>
            </>
          ) : (
            <p data-testid="legacy-meaning">
              The sandbox forgets its groups, requests and keys and starts from an organisation set up before
              Cobo’s October 2025 rules: the vault “Legacy Treasury” with a 2-of-3 Main Key (Cobo, Alice,
              Bilal), a 2-of-3 Signing Key that shares Bilal’s node, and a Recovery Key of Chen and Dana
              without Cobo’s node, each waiting for its ceremony. Keys made then keep their shape and work;
              every new key follows today’s rules.
            </p>
          )}
          <div className="actions">
            <button
              type="button"
              className="button button-danger"
              disabled={busy}
              onClick={() =>
                void run(() => call('sandbox.startFresh', { withVault, legacy: confirming === 'legacy' }))
              }
            >
              {confirming === 'fresh'
                ? 'Start from a fresh organisation'
                : 'Start from the organisation set up before October 2025'}
            </button>
            <button type="button" className="button" onClick={() => setConfirming(null)}>
              Keep this one
            </button>
          </div>
        </div>
      )}
      {error && <ErrorNotice error={error} />}
    </div>
  );
}
