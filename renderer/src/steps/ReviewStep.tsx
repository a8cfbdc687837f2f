import { everyHolder } from '../../../common/ceremony/holders';
import { useEffect, useRef, useState } from 'react';
import { call } from '../api';
import { governanceWords, governedOperation } from '../../../common/ceremony/governance';
import { groupLabel, mainGroupHandlingInWords } from '../../../common/ceremony/group-life';
import { mainGroupPhones, replacedPhone } from '../../../common/ceremony/lost-phone';
import { keyName, needsAdvancedVault } from '../../../common/ceremony/key-rules';
import { showInvisible } from '../../../common/visible-text';
import { useKeyNamesLoaded } from '../store/key-names';
import { coboListedByUs, recoveryMode, shapeInWords } from '../../../common/ceremony/rules';
import { groupName } from '../components/GroupCard';
import type { StepProps } from './StepProps';
import { Field } from '../components/Field';

const SEND_LABELS: Partial<Record<string, string>> = {
  GroupSetup: 'Create the group',
  VaultSetup: 'Create the vault',
  GroupUpgrade: 'Upgrade the group',
  GroupRetirement: 'Delete the key',
};

/** What will be sent: in plain words and as the exact body. Sending happens once. */
export function ReviewStep({ ceremony, data, run, busy }: StepProps) {
  const [confirm, setConfirm] = useState('');
  const prepared = useRef(false);
  useEffect(() => {
    // The review is prepared as the step opens, once; after a refusal the button tries again.
    if (ceremony.phase !== 'preparing' || ceremony.reviewedAt || prepared.current) return;
    prepared.current = true;
    void run(() => call('ceremony.review', { id: ceremony.id }));
  }, [ceremony.phase, ceremony.reviewedAt, ceremony.id, run]);
  const s = ceremony.selection;
  const target = data.groups.find((g) => g.key_share_holder_group_id === s.targetGroupId);
  const source = data.groups.find((g) => g.key_share_holder_group_id === s.sourceGroupId);
  const all = everyHolder(data.groups, data.nodes);
  const nodeName = (id: string) => all.find((n) => n.tss_node_id === id)?.name ?? id;
  // A holder's name, and whether this node is the new phone that replaces a lost one.
  const holderName = (h: { tss_node_id: string; name?: string | undefined; type?: string | undefined }) => {
    const name = h.name ?? nodeName(h.tss_node_id);
    return replacedPhone({ ...h, name }, all) ? `${name} (new phone)` : name;
  };
  const targetHolders = target?.holders.map(holderName).join(', ');
  const production = ceremony.environment === 'production';
  // In Production the officer types the vault's name; main checks it again before anything is sent.
  const gateOpen = !production || confirm.trim() === ceremony.vaultName;
  const design = s.design;
  const handling = s.mainGroupHandling ?? 'Invalidate';
  const words =
    ceremony.kind === 'GroupUpgrade'
      ? `Upgrade the Signing Key (${targetHolders}) to the Main Key of “${ceremony.vaultName}”. ${mainGroupHandlingInWords(handling, mainGroupPhones(data.groups).group)} The root keys stay the same; the app checks that.`
      : ceremony.kind === 'GroupRetirement'
        ? `Delete the ${target ? groupLabel(target) : 'key'} of “${ceremony.vaultName}”: ${targetHolders} will no longer receive signature requests for it; reinstating them needs a new key generation.`
        : ceremony.kind === 'VaultSetup'
          ? `Create an Org-Controlled vault named “${s.newVault?.name ?? ''}”.`
          : ceremony.kind === 'GroupSetup'
            ? `Create a ${groupName(design?.type ?? '')} in “${ceremony.vaultName}”: ${design ? shapeInWords(design) : ''}; holders ${(design?.holders ?? []).map((h) => holderName(h) + (h.signer ? ' (signer)' : '') + (h.thirdParty ? ' (trusted third party)' : '')).join(', ')}${design ? (coboListedByUs(design.type) ? `, and Cobo’s node, listed in the request; ${recoveryMode(design)}` : ', and Cobo’s node, which Cobo adds') : ''}${design?.advanced && needsAdvancedVault(design.type, design) ? '; in an advanced MPC vault, as you said (Cobo refuses this shape in a standard vault)' : ''}.`
            : ceremony.kind === 'KeyGen'
              ? `Create the root keys of “${ceremony.vaultName}” and key shares for its Main Key (${targetHolders}).`
              : `Use ${groupName(source?.type ?? '')} nodes ${s.sourceNodeIds.map(nodeName).join(', ')} to create key shares of the same root keys for the ${ceremony.kind === 'Recovery' ? 'new ' : ''}${groupName(target?.type ?? '')} (${targetHolders}).${
                  ceremony.kind === 'Recovery' && s.lostNodeId
                    ? ` This replaces the Main Key that held the lost phone of ${nodeName(s.lostNodeId)}: once it succeeds, the new Main Key signs and the old one no longer does.`
                    : ''
                }`;
  if (ceremony.phase !== 'preparing') {
    return <p>This ceremony was submitted; its request is shown in the record. It is never sent twice.</p>;
  }
  const governed = governedOperation(ceremony, data.groups);
  return (
    <div className="stack">
      {governed && (
        <p className="notice notice-info" data-testid="governance">
          {governanceWords(governed)}
        </p>
      )}
      {!ceremony.reviewedAt ? (
        <div>
          <p>
            The review is prepared as this step opens: the app checks that every earlier step is complete and
            builds the exact request. If it could not be prepared, the reason is shown; put it right, then
            prepare it again.
          </p>
          <button
            type="button"
            className="button button-primary"
            disabled={busy}
            onClick={() => void run(() => call('ceremony.review', { id: ceremony.id }))}
          >
            Prepare the review again
          </button>
        </div>
      ) : (
        <>
          <div className="panel-inset">
            <h3>In plain words</h3>
            <p data-testid="review-words">{words}</p>
            <p className="muted">
              Environment: {ceremony.environment}; profile “{ceremony.profileName}” (API key fingerprint{' '}
              {ceremony.apiKeyFingerprint}).
            </p>
          </div>
          <div className="panel-inset">
            <h3>The exact request</h3>
            {ceremony.requestCall && (
              <p className="mono-wrap" data-testid="review-call">
                <strong>{ceremony.requestCall.method}</strong> {ceremony.requestCall.path}
              </p>
            )}
            <pre className="body-preview" data-testid="review-body" data-focus-result tabIndex={-1}>
              {JSON.stringify(ceremony.requestBody, null, 2)}
            </pre>
            <KeysInRequest keyTypes={ceremony.keyTypes} />
          </div>
          <form
            className="inline-form"
            onSubmit={(e) => {
              e.preventDefault();
              if (!gateOpen) return;
              void run(() =>
                call('ceremony.submit', {
                  id: ceremony.id,
                  ...(production ? { confirmVaultName: confirm } : {}),
                }),
              );
            }}
          >
            {production && (
              <>
                <Field
                  label={<>This is Production. Type the vault’s name, “{ceremony.vaultName}”, to send.</>}
                >
                  {(id) => (
                    <input
                      id={id}
                      value={confirm}
                      onChange={(e) => setConfirm(e.target.value)}
                      autoComplete="off"
                    />
                  )}
                </Field>
              </>
            )}
            <button type="submit" className="button button-primary" disabled={busy || !gateOpen}>
              {SEND_LABELS[ceremony.kind] ?? 'Send the TSS request'}
            </button>
          </form>
        </>
      )}
    </div>
  );
}

/** The keys whose IDs the request carries, each with its type and the officer's name for it. */
function KeysInRequest({ keyTypes }: { keyTypes: Readonly<Record<string, string>> }) {
  const keys = Object.entries(keyTypes);
  const names = useKeyNamesLoaded(keys.length > 0);
  if (!keys.length) return null;
  return (
    <ul className="muted small" aria-label="The keys these IDs are" data-testid="review-keys">
      {keys.map(([id, type]) => (
        <li key={id}>
          <span className="mono">{id}</span>: {keyName(type)}
          {names[id] && ` “${showInvisible(names[id])}”`}
        </li>
      ))}
    </ul>
  );
}
