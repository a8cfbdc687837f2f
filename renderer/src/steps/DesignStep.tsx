import { everyHolder } from '../../../common/ceremony/holders';
import { screenReaderOnly } from '../components/ScreenReaderOnly';
import { lastRoster } from '../../../common/ceremony/history';
import { useCeremonies } from '../store/ceremonies';
import {
  checkDesign,
  coboListedByUs,
  needsSigner,
  ownHolderCount,
  recoveryMode,
  shapeInWords,
} from '../../../common/ceremony/rules';
import { allowedShapes, keyHoldingNode, keyName, STANDARD_SHAPES } from '../../../common/ceremony/key-rules';
import type { GroupDesign } from '../../../common/contract';
import { replacedPhone } from '../../../common/ceremony/lost-phone';
import { call } from '../api';
import { Field } from '../components/Field';
import { HolderEntry } from '../components/HolderEntry';
import type { StepProps } from './StepProps';
import { VerdictNotice } from '../components/VerdictNotice';
import type { MessageKey } from '../../../common/i18n/translate';
import { useRich, useT } from '../store/language';

const TYPES: Array<{ type: GroupDesign['type']; labelKey: MessageKey; noteKey: MessageKey }> = [
  { type: 'MainGroup', labelKey: 'prepare.design.mainKey', noteKey: 'prepare.design.mainKeyNote' },
  { type: 'SigningGroup', labelKey: 'prepare.design.signingKey', noteKey: 'prepare.design.signingKeyNote' },
  {
    type: 'RecoveryGroup',
    labelKey: 'prepare.design.recoveryKey',
    noteKey: 'prepare.design.recoveryKeyNote',
  },
];

/** What a Recovery Key's mode needs, said whole in each language. */
const RECOVERY_MODE_WORDS: Record<ReturnType<typeof recoveryMode>, MessageKey> = {
  'Self Recovery': 'prepare.design.selfRecovery',
  'Third-Party Recovery': 'prepare.design.thirdPartyRecovery',
};

const EMPTY: GroupDesign = { type: 'MainGroup', ...STANDARD_SHAPES.MainGroup, holders: [] };

/**
 * The group's type and size, and the organisation's holders: typed in by TSS node ID, or picked from
 * those Cobo already lists for the vault. Every change is recorded with the ceremony at once.
 */
export function DesignStep({ ceremony, data, run, busy }: StepProps) {
  const t = useT();
  const rich = useRich();
  const design = ceremony.selection.design ?? EMPTY;
  const save = (next: GroupDesign) =>
    void run(() => call('ceremony.select', { id: ceremony.id, selection: { design: next } }));
  const verdict = checkDesign({ ...ceremony.selection, design }, data.nodes, data.cobo, data.groups, t);
  const advanced = design.advanced === true;
  // A node of another live key of this vault cannot join this one (Cobo, October 2025).
  const heldKey = (id: string) => keyHoldingNode(id, data.groups);
  const added = new Set(design.holders.map((h) => h.tss_node_id));
  const known = data.nodes.filter(
    (n) =>
      (n.type === 'Mobile' || n.type === 'API') &&
      n.status === 'Valid' &&
      !n.problem &&
      !added.has(n.tss_node_id),
  );
  const signs = needsSigner(design.type);
  // A group with one holder of yours has one possible designated signer: that holder, chosen as added.
  const add = (h: Omit<GroupDesign['holders'][number], 'signer'>) =>
    save({
      ...design,
      holders: [
        ...design.holders,
        { ...h, signer: signs && ownHolderCount(design) === 1 && !design.holders.some((x) => x.signer) },
      ],
    });
  const cobo = data.cobo[0];
  const all = everyHolder(data.groups, data.nodes);
  const records = useCeremonies((st) => st.ceremonies);
  const roster = lastRoster(
    Object.values(records),
    ceremony,
    new Set([...added, ...all.map((n) => n.tss_node_id)]),
  );
  const holderName = (h: GroupDesign['holders'][number]) =>
    h.name ?? all.find((n) => n.tss_node_id === h.tss_node_id)?.name;
  // A new Main Key after a lost phone: its holder's new phone belongs in it, in place of the old one.
  const lostPhones =
    design.type === 'MainGroup'
      ? data.groups
          .filter((g) => g.type === 'MainGroup')
          .flatMap((g) => g.holders)
          .filter((h) => h.status === 'Changed')
          .filter((lost) => !design.holders.some((h) => replacedPhone({ ...h, name: holderName(h) }, [lost])))
      : [];
  return (
    <div className="stack">
      <fieldset className="choices">
        <legend>{t('prepare.design.typeLegend')}</legend>
        {TYPES.map((option) => (
          <label key={option.type} className="choice-inline">
            <input
              type="radio"
              name="type"
              checked={design.type === option.type}
              disabled={busy}
              onChange={() =>
                // Only a Recovery Key holds a third party's share: another type drops the marks. The
                // size starts at the type's standard shape.
                save({
                  ...design,
                  type: option.type,
                  ...STANDARD_SHAPES[option.type],
                  holders: design.holders.map(({ thirdParty: _t, ...h }) => h),
                })
              }
            />{' '}
            {rich('prepare.design.type', {
              label: t(option.labelKey),
              note: t(option.noteKey),
              b: (chunks) => <strong>{chunks}</strong>,
            })}
          </label>
        ))}
      </fieldset>
      {design.type !== 'RecoveryGroup' && (
        <label className="checkbox" data-testid="advanced-vault">
          <input
            type="checkbox"
            checked={advanced}
            disabled={busy}
            onChange={(e) => save({ ...design, advanced: e.target.checked, ...STANDARD_SHAPES[design.type] })}
          />{' '}
          {t('prepare.design.advanced')}
        </label>
      )}
      <Field label={t('prepare.design.threshold')}>
        {(id) => (
          <select
            id={id}
            value={`${design.threshold}-${design.participants}`}
            disabled={busy}
            onChange={(e) => {
              const [threshold, participants] = e.target.value.split('-').map(Number);
              save({ ...design, threshold: threshold ?? 2, participants: participants ?? 2 });
            }}
          >
            {allowedShapes(design.type, advanced).map((s) => (
              <option key={`${s.threshold}-${s.participants}`} value={`${s.threshold}-${s.participants}`}>
                {shapeInWords({ type: design.type, ...s }, t)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <p className="muted" data-testid="cobo-holder">
        {t(
          coboListedByUs(design.type)
            ? cobo
              ? 'prepare.design.coboListedNamed'
              : 'prepare.design.coboListed'
            : cobo
              ? 'prepare.design.coboAddsNamed'
              : 'prepare.design.coboAdds',
          {
            name: cobo?.name ?? '',
            id: cobo?.tss_node_id ?? '',
            participants: design.participants,
            own: ownHolderCount(design),
          },
        )}
      </p>
      <fieldset className="choices">
        <legend>
          {t(signs ? 'prepare.design.holdersAndSigner' : 'prepare.design.holders', {
            added: design.holders.length,
            own: ownHolderCount(design),
          })}
        </legend>
        {design.holders.map((h) => (
          <div key={h.tss_node_id} className="choice-inline" data-testid="design-holder">
            <span>
              <strong>{holderName(h) ?? t('prepare.design.unnamed')}</strong>{' '}
              <span className="muted">
                {t('prepare.design.typeAndId', {
                  type: h.type ?? all.find((n) => n.tss_node_id === h.tss_node_id)?.type ?? '',
                  id: h.tss_node_id,
                })}
              </span>
              {replacedPhone({ ...h, name: holderName(h) }, all) && (
                <>
                  {' '}
                  <span className="tag" data-testid="new-phone">
                    {t('prepare.design.newPhone')}
                  </span>
                </>
              )}
            </span>
            {signs && (
              <label className="signer">
                <input
                  type="radio"
                  name="signer"
                  checked={h.signer}
                  disabled={busy}
                  onChange={() =>
                    save({ ...design, holders: design.holders.map((x) => ({ ...x, signer: x === h })) })
                  }
                />{' '}
                {rich('prepare.design.signer', {
                  name: h.name ?? h.tss_node_id,
                  h: screenReaderOnly,
                })}
              </label>
            )}
            {design.type === 'RecoveryGroup' && (
              <label className="signer">
                <input
                  type="checkbox"
                  checked={h.thirdParty === true}
                  disabled={busy}
                  onChange={(e) =>
                    save({
                      ...design,
                      holders: design.holders.map((x) => ({
                        ...x,
                        thirdParty: x === h ? e.target.checked : x.thirdParty && !e.target.checked,
                      })),
                    })
                  }
                />{' '}
                {rich('prepare.design.thirdParty', {
                  name: h.name ?? h.tss_node_id,
                  h: screenReaderOnly,
                })}
              </label>
            )}
            <button
              type="button"
              className="link-button"
              disabled={busy}
              onClick={() => save({ ...design, holders: design.holders.filter((x) => x !== h) })}
            >
              {t('prepare.design.remove')}
            </button>
          </div>
        ))}
        {roster.length > 0 && (
          <div className="stack" data-testid="last-roster">
            <p className="muted">{t('prepare.design.lastRoster')}</p>
            {roster.map((h) => (
              <button
                key={h.tss_node_id}
                type="button"
                className="button"
                disabled={busy}
                onClick={() => add({ tss_node_id: h.tss_node_id, name: h.name, type: h.type })}
              >
                {t('prepare.design.addAgain', {
                  name: h.name ?? h.tss_node_id,
                  type: h.type ?? '',
                  id: h.tss_node_id,
                })}
              </button>
            ))}
          </div>
        )}
        {known.length > 0 && (
          <div className="stack">
            <p className="muted">{t('prepare.design.known')}</p>
            {known
              .map((n) => ({ n, held: heldKey(n.tss_node_id) }))
              .map(({ n, held }) => (
                <button
                  key={n.tss_node_id}
                  type="button"
                  className="button"
                  disabled={busy || held !== undefined}
                  onClick={() =>
                    // Kept with its name and kind, so the design reads on its own in the record.
                    add({ tss_node_id: n.tss_node_id, name: n.name, type: n.type as 'Mobile' | 'API' })
                  }
                >
                  {held
                    ? t('prepare.design.addHeld', { name: n.name, type: n.type, key: keyName(held.type, t) })
                    : t('prepare.design.add', { name: n.name, type: n.type })}
                </button>
              ))}
          </div>
        )}
      </fieldset>
      {design.type === 'RecoveryGroup' && (
        <p className="muted" data-testid="recovery-mode">
          {t(RECOVERY_MODE_WORDS[recoveryMode(design)])}
        </p>
      )}
      {lostPhones.map((lost) => (
        <p key={lost.tss_node_id} className="notice notice-info" data-testid="add-new-phone">
          {t('prepare.design.addNewPhone', { name: lost.name, status: 'Changed' })}
        </p>
      ))}
      <HolderEntry
        busy={busy}
        taken={[...added]}
        onAdd={add}
        lookUp={async (tssNodeId) =>
          (
            await call('cobo.holder', {
              profileId: ceremony.profileId,
              vaultId: ceremony.selection.vaultId ?? '',
              tssNodeId,
            })
          ).holder
        }
      />
      <VerdictNotice verdict={verdict} okText={t('prepare.design.ok')} testId="design-verdict" />
    </div>
  );
}
