import { useState } from 'react';
import type { GroupDesign } from '../../../common/contract';
import { checkDesign } from '../../../common/ceremony/rules';
import { ALLOWED_GROUP_SHAPES } from '../../../common/cobo-enums';
import { call } from '../api';
import type { StepProps } from './StepProps';
import { Field } from '../components/Field';

const TYPES: Array<{ type: GroupDesign['type']; label: string; note: string }> = [
  {
    type: 'MainGroup',
    label: 'Main Group',
    note: 'One per vault; holds the keys after KeyGen. Includes the Cobo node.',
  },
  { type: 'SigningGroup', label: 'Signing Group', note: 'Signs transactions. Includes the Cobo node.' },
  {
    type: 'RecoveryGroup',
    label: 'Recovery Group',
    note: 'Re-creates the Main Group’s shares after a loss. No Cobo node needed.',
  },
];

/** The group's type, threshold-of-participants, holders and designated signer, checked as you go. */
export function DesignStep({ ceremony, data, run, busy }: StepProps) {
  const [design, setDesign] = useState<GroupDesign>(
    ceremony.selection.design ?? { type: 'SigningGroup', threshold: 2, participants: 2, holders: [] },
  );
  const nodes = data.nodes.filter((n) => n.status === 'Valid');
  const verdict = checkDesign({ ...ceremony.selection, design }, data.nodes);
  const toggle = (id: string) =>
    setDesign((d) => ({
      ...d,
      holders: d.holders.some((h) => h.tss_node_id === id)
        ? d.holders.filter((h) => h.tss_node_id !== id)
        : [...d.holders, { tss_node_id: id, signer: false }],
    }));
  const setSigner = (id: string) =>
    setDesign((d) => ({ ...d, holders: d.holders.map((h) => ({ ...h, signer: h.tss_node_id === id })) }));
  const shape = `${design.threshold}-${design.participants}`;
  return (
    <form
      className="stack"
      onSubmit={(e) => {
        e.preventDefault();
        void run(() => call('ceremony.select', { id: ceremony.id, selection: { design } }));
      }}
    >
      <fieldset className="choices">
        <legend>Group type</legend>
        {TYPES.map((t) => (
          <label key={t.type} className="choice-inline">
            <input
              type="radio"
              name="type"
              checked={design.type === t.type}
              onChange={() => setDesign((d) => ({ ...d, type: t.type }))}
            />{' '}
            <strong>{t.label}</strong> — {t.note}
          </label>
        ))}
      </fieldset>
      <Field label="Threshold of participants">
        {(id) => (
          <select
            id={id}
            value={shape}
            onChange={(e) => {
              const [threshold, participants] = e.target.value.split('-').map(Number);
              setDesign((d) => ({ ...d, threshold: threshold ?? 2, participants: participants ?? 2 }));
            }}
          >
            {ALLOWED_GROUP_SHAPES.map((s) => (
              <option key={`${s.threshold}-${s.participants}`} value={`${s.threshold}-${s.participants}`}>
                {s.threshold} of {s.participants} must approve
              </option>
            ))}
          </select>
        )}
      </Field>
      <fieldset className="choices">
        <legend>
          Holders ({design.holders.length} of {design.participants} chosen) and the designated signer
        </legend>
        {nodes.map((n) => {
          const chosen = design.holders.find((h) => h.tss_node_id === n.tss_node_id);
          return (
            <div key={n.tss_node_id} className="choice-inline">
              <label>
                <input type="checkbox" checked={Boolean(chosen)} onChange={() => toggle(n.tss_node_id)} />{' '}
                {n.name} ({n.type}
                {n.online ? '' : ', offline'})
              </label>
              {chosen && n.type !== 'Cobo' && design.type !== 'RecoveryGroup' && (
                <label className="signer">
                  <input
                    type="radio"
                    name="signer"
                    checked={chosen.signer}
                    onChange={() => setSigner(n.tss_node_id)}
                  />{' '}
                  designated signer
                </label>
              )}
            </div>
          );
        })}
      </fieldset>
      <div className={`notice ${verdict.ok ? 'notice-ok' : 'notice-error'}`} data-testid="design-verdict">
        {verdict.ok ? (
          <p className="notice-title">This group meets Cobo’s rules.</p>
        ) : (
          <ul>
            {verdict.problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        )}
      </div>
      <div className="actions">
        <button type="submit" className="button button-primary" disabled={busy || !verdict.ok}>
          Use this design
        </button>
      </div>
    </form>
  );
}
