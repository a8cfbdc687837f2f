import { everyHolder } from '../../../common/ceremony/holders';
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

const TYPES: Array<{ type: GroupDesign['type']; label: string; note: string }> = [
  {
    type: 'MainGroup',
    label: 'Main Key',
    note: 'One per vault; holds the keys after KeyGen. Cobo adds its own node.',
  },
  { type: 'SigningGroup', label: 'Signing Key', note: 'Signs transactions. Cobo adds its own node.' },
  {
    type: 'RecoveryGroup',
    label: 'Recovery Key',
    note: 'Re-creates the Main Key’s shares after a loss. Cobo’s node is one of its holders: recovery always needs Cobo’s share.',
  },
];

const EMPTY: GroupDesign = { type: 'MainGroup', ...STANDARD_SHAPES.MainGroup, holders: [] };

/**
 * The group's type and size, and the organisation's holders: typed in by TSS node ID, or picked from
 * those Cobo already lists for the vault. Every change is recorded with the ceremony at once.
 */
export function DesignStep({ ceremony, data, run, busy }: StepProps) {
  const design = ceremony.selection.design ?? EMPTY;
  const save = (next: GroupDesign) =>
    void run(() => call('ceremony.select', { id: ceremony.id, selection: { design: next } }));
  const verdict = checkDesign({ ...ceremony.selection, design }, data.nodes, data.cobo, data.groups);
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
        <legend>Group type</legend>
        {TYPES.map((t) => (
          <label key={t.type} className="choice-inline">
            <input
              type="radio"
              name="type"
              checked={design.type === t.type}
              disabled={busy}
              onChange={() =>
                // Only a Recovery Key holds a third party's share: another type drops the marks. The
                // size starts at the type's standard shape.
                save({
                  ...design,
                  type: t.type,
                  ...STANDARD_SHAPES[t.type],
                  holders: design.holders.map(({ thirdParty: _t, ...h }) => h),
                })
              }
            />{' '}
            <strong>{t.label}</strong> — {t.note}
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
          This vault is an advanced MPC vault (Cobo activated it on request). A standard vault’s Main Key and
          Signing Keys are 2/2, Cobo plus one of your holders; only an advanced vault offers other shapes.
        </label>
      )}
      <Field label="Threshold of participants">
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
                {shapeInWords({ type: design.type, ...s })}
              </option>
            ))}
          </select>
        )}
      </Field>
      <p className="muted" data-testid="cobo-holder">
        {coboListedByUs(design.type)
          ? `Cobo’s node${cobo ? ` (${cobo.name}, ${cobo.tss_node_id})` : ''} is one of the ${design.participants}: since October 2025 recovery always needs Cobo’s share, so the app lists it in the request; you add ${ownHolderCount(design)}.`
          : `Cobo adds its own node${cobo ? ` (${cobo.name}, ${cobo.tss_node_id})` : ''} to this group and counts it among the ${design.participants}; you add ${ownHolderCount(design)}.`}
      </p>
      <fieldset className="choices">
        <legend>
          Your holders ({design.holders.length} of {ownHolderCount(design)} added)
          {signs ? ' and the designated signer' : ''}
        </legend>
        {design.holders.map((h) => (
          <div key={h.tss_node_id} className="choice-inline" data-testid="design-holder">
            <span>
              <strong>{holderName(h) ?? 'Unnamed'}</strong>{' '}
              <span className="muted">
                ({h.type ?? all.find((n) => n.tss_node_id === h.tss_node_id)?.type}) {h.tss_node_id}
              </span>
              {replacedPhone({ ...h, name: holderName(h) }, all) && (
                <>
                  {' '}
                  <span className="tag" data-testid="new-phone">
                    New phone, replacing the lost one
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
                designated signer<span className="visually-hidden">: {h.name ?? h.tss_node_id}</span>
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
                a trusted third party’s<span className="visually-hidden">: {h.name ?? h.tss_node_id}</span>
              </label>
            )}
            <button
              type="button"
              className="link-button"
              disabled={busy}
              onClick={() => save({ ...design, holders: design.holders.filter((x) => x !== h) })}
            >
              Remove
            </button>
          </div>
        ))}
        {roster.length > 0 && (
          <div className="stack" data-testid="last-roster">
            <p className="muted">
              Typed into this vault’s last key set-up, which did not make its key (Cobo does not list them
              yet): add them again as they were, or type others.
            </p>
            {roster.map((h) => (
              <button
                key={h.tss_node_id}
                type="button"
                className="button"
                disabled={busy}
                onClick={() => add({ tss_node_id: h.tss_node_id, name: h.name, type: h.type })}
              >
                Add {h.name ?? h.tss_node_id} again ({h.type}, {h.tss_node_id})
              </button>
            ))}
          </div>
        )}
        {known.length > 0 && (
          <div className="stack">
            <p className="muted">Holders Cobo already lists for this vault:</p>
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
                  Add {n.name} ({n.type})
                  {held && ` — holds this vault’s ${keyName(held.type)}; one key per node`}
                </button>
              ))}
          </div>
        )}
      </fieldset>
      {design.type === 'RecoveryGroup' && (
        <p className="muted" data-testid="recovery-mode">
          {recoveryMode(design)}:{' '}
          {recoveryMode(design) === 'Self Recovery'
            ? 'Cobo’s share and two of your organisation’s. For Third-Party Recovery, mark the holder that is a trusted third party’s.'
            : 'Cobo’s share, one of your organisation’s and one of the trusted third party marked above.'}
        </p>
      )}
      {lostPhones.map((lost) => (
        <p key={lost.tss_node_id} className="notice notice-info" data-testid="add-new-phone">
          {lost.name}’s phone was lost (Cobo reports it Changed). Add {lost.name}’s new phone below: the TSS
          node ID Cobo Guard shows on the new phone, with the name {lost.name}.
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
      <VerdictNotice verdict={verdict} okText="This group meets Cobo’s rules." testId="design-verdict" />
    </div>
  );
}
