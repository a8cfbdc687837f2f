import { everyHolder } from '../../../common/ceremony/holders';
import { useEffect, useRef, useState } from 'react';
import { call } from '../api';
import { governanceWords, governedOperation } from '../../../common/ceremony/governance';
import { groupLabelIn, mainGroupHandlingInWords } from '../../../common/ceremony/group-life';
import { mainGroupPhones, replacedPhone } from '../../../common/ceremony/lost-phone';
import { keyName, needsAdvancedVault } from '../../../common/ceremony/key-rules';
import { showInvisible } from '../../../common/visible-text';
import { useKeyNamesLoaded } from '../store/key-names';
import { coboListedByUs, recoveryMode, shapeInWords } from '../../../common/ceremony/rules';
import { groupName } from '../components/GroupCard';
import type { StepProps } from './StepProps';
import { Field } from '../components/Field';
import { useRich, useT } from '../store/language';
import type { MessageKey } from '../../../common/i18n/translate';

const SEND_LABELS: Partial<Record<string, MessageKey>> = {
  GroupSetup: 'run.review.send.groupSetup',
  VaultSetup: 'run.review.send.vaultSetup',
  GroupUpgrade: 'run.review.send.groupUpgrade',
  GroupRetirement: 'run.review.send.groupRetirement',
};

/** How a Recovery Key is held, as Cobo's manual names it. */
const RECOVERY_MODES: Record<ReturnType<typeof recoveryMode>, MessageKey> = {
  'Self Recovery': 'run.review.mode.self',
  'Third-Party Recovery': 'run.review.mode.thirdParty',
};

/** What will be sent: in plain words and as the exact body. Sending happens once. */
export function ReviewStep({ ceremony, data, run, busy }: StepProps) {
  const t = useT();
  const rich = useRich();
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
    return replacedPhone({ ...h, name }, all) ? t('run.review.newPhone', { name }) : name;
  };
  const targetHolders = target?.holders.map(holderName).join(t('words.listSeparator'));
  const production = ceremony.environment === 'production';
  // In Production the officer types the vault's name; main checks it again before anything is sent.
  const gateOpen = !production || confirm.trim() === ceremony.vaultName;
  const design = s.design;
  const handling = s.mainGroupHandling ?? 'Invalidate';
  const vault = ceremony.vaultName ?? '';
  const holders = targetHolders ?? '';
  // A new key's holders, each with its role in the key.
  const designHolders = (design?.holders ?? [])
    .map(
      (h) =>
        holderName(h) +
        (h.signer ? t('run.review.holderSigner') : '') +
        (h.thirdParty ? t('run.review.holderThirdParty') : ''),
    )
    .join(t('words.listSeparator'));
  const coboNode = !design
    ? ''
    : coboListedByUs(design.type)
      ? t('run.review.coboListed', { mode: t(RECOVERY_MODES[recoveryMode(design)]) })
      : t('run.review.coboAdds');
  const words =
    ceremony.kind === 'GroupUpgrade'
      ? t('run.review.words.upgrade', {
          holders,
          vault,
          handling: mainGroupHandlingInWords(handling, mainGroupPhones(data.groups).group, t),
        })
      : ceremony.kind === 'GroupRetirement'
        ? t('run.review.words.retire', {
            key: target ? groupLabelIn(target, t) : t('run.review.theKey'),
            vault,
            holders,
          })
        : ceremony.kind === 'VaultSetup'
          ? t('run.review.words.vault', { name: s.newVault?.name ?? '' })
          : ceremony.kind === 'GroupSetup'
            ? t('run.review.words.setup', {
                key: groupName(design?.type ?? '', t),
                vault,
                shape: design ? shapeInWords(design, t) : '',
                holders: designHolders,
                cobo: coboNode,
                advanced:
                  design?.advanced && needsAdvancedVault(design.type, design) ? t('run.review.advanced') : '',
              })
            : ceremony.kind === 'KeyGen'
              ? t('run.review.words.keyGen', { vault, holders })
              : t(ceremony.kind === 'Recovery' ? 'run.review.words.reshareNew' : 'run.review.words.reshare', {
                  source: groupName(source?.type ?? '', t),
                  nodes: s.sourceNodeIds.map(nodeName).join(t('words.listSeparator')),
                  target: groupName(target?.type ?? '', t),
                  holders,
                }) +
                (ceremony.kind === 'Recovery' && s.lostNodeId
                  ? t('run.review.words.lostPhone', { name: nodeName(s.lostNodeId) })
                  : '');
  if (ceremony.phase !== 'preparing') {
    return <p>{t('run.review.submitted')}</p>;
  }
  const governed = governedOperation(ceremony, data.groups);
  return (
    <div className="stack">
      {governed && (
        <p className="notice notice-info" data-testid="governance">
          {governanceWords(governed, t)}
        </p>
      )}
      {!ceremony.reviewedAt ? (
        <div>
          <p>{t('run.review.preparing')}</p>
          <button
            type="button"
            className="button button-primary"
            disabled={busy}
            onClick={() => void run(() => call('ceremony.review', { id: ceremony.id }))}
          >
            {t('run.review.prepareAgain')}
          </button>
        </div>
      ) : (
        <>
          <div className="panel-inset">
            <h3>{t('run.review.plainWords')}</h3>
            <p data-testid="review-words">{words}</p>
            <p className="muted">
              {rich('run.review.environment', {
                // The environment's code, as the request goes to it.
                environment: <span translate="no">{ceremony.environment}</span>,
                profile: ceremony.profileName,
                fingerprint: ceremony.apiKeyFingerprint,
              })}
            </p>
          </div>
          <div className="panel-inset">
            <h3>{t('run.review.exactRequest')}</h3>
            {ceremony.requestCall && (
              <p className="mono-wrap" data-testid="review-call" translate="no">
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
                <Field label={t('run.review.typeVaultName', { vault })}>
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
              {t(SEND_LABELS[ceremony.kind] ?? 'run.review.send.request')}
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
  const t = useT();
  const rich = useRich();
  const names = useKeyNamesLoaded(keys.length > 0);
  if (!keys.length) return null;
  return (
    <ul className="muted small" aria-label={t('run.review.keysInRequest')} data-testid="review-keys">
      {keys.map(([id, type]) => (
        <li key={id}>
          {rich('run.review.keyEntry', { id: <span className="mono">{id}</span>, key: keyName(type, t) })}
          {names[id] && t('run.review.keyNamed', { name: showInvisible(names[id]) })}
        </li>
      ))}
    </ul>
  );
}
