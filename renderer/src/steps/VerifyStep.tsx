import { call } from '../api';
import { RootKeyPanel } from '../components/RootKeyPanel';
import type { StepProps } from './StepProps';

export function VerifyStep({ ceremony, run, busy }: StepProps) {
  if (ceremony.outcome !== 'success')
    return (
      <p data-testid="nothing-to-verify">
        Nothing to verify: no keys were made. The ceremony{' '}
        {ceremony.outcome === 'cancelled' ? 'was cancelled' : 'did not succeed'}; go on to Close.
      </p>
    );
  const keys = ceremony.rootKeysAfter ?? [];
  return (
    <div className="stack">
      {ceremony.rootKeysUnchanged === false && (
        <div className="notice notice-stop" role="alert" data-testid="root-keys-changed">
          <p className="notice-title">STOP: the vault’s root public keys changed during this ceremony.</p>
          <p className="notice-hint">
            Resharing must never change them. Do not use this vault. Keep everyone in the room, save the
            ceremony record, and contact Cobo support.
          </p>
        </div>
      )}
      {ceremony.rootKeysUnchanged === true && (
        <div className="notice notice-ok" data-testid="root-keys-unchanged">
          <p className="notice-title">
            Checked: the root public keys are exactly the same as before the ceremony.
          </p>
        </div>
      )}
      {ceremony.kind === 'KeyGen' && (
        <p>These root keys were just created. Every wallet key of this vault derives from them.</p>
      )}
      <p className="muted small">
        SECP256K1 keys are BIP32 xpubs. For ED25519 the offline sandbox uses the same layout with a
        0x00-prefixed key; compare the text as shown.
      </p>
      <div className="panel-inset" data-testid="where-to-compare">
        <h4>Where the custodians read the keys</h4>
        <p>
          In Cobo Portal, on their own devices: MPC Wallets → “{ceremony.vaultName}” → Key Share Management
          (the icon at the upper right), which shows the vault’s root extended public keys. Reading them
          there, not from this screen, means a tampered workstation cannot show the same wrong key twice.
        </p>
        {ceremony.environment === 'sandbox' && (
          <p className="muted">
            This rehearsal has no Cobo Portal: practise the reading aloud from the group where the keys
            differ, as you will on the day.
          </p>
        )}
      </div>
      <div className="root-keys">
        {keys.map((k) => (
          <RootKeyPanel key={k.curve} rootKey={k} />
        ))}
      </div>
      {ceremony.comparedWithDevicesAt ? (
        <p className="tag tag-ok" data-focus-result tabIndex={-1}>
          Custodians compared the keys with their devices at{' '}
          {new Date(ceremony.comparedWithDevicesAt).toLocaleTimeString()}.
        </p>
      ) : (
        <div className="actions">
          <button
            type="button"
            className="button button-primary"
            disabled={busy || ceremony.rootKeysUnchanged === false}
            onClick={() =>
              void run(() => call('ceremony.recordComparison', { id: ceremony.id }), { andContinue: true })
            }
          >
            The custodians compared these keys with their devices
          </button>
        </div>
      )}
    </div>
  );
}
