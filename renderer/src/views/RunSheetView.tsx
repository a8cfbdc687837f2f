/**
 * The run sheet (issue #31): the ceremony's script, printed before it starts and filled in by hand
 * during it — a cover, the participants' sheet, the acts with each step's expected value printed in
 * advance and boxes for what was seen, initials and time, exception sheets, and a closing page for the
 * journal head and the attestations. Opening it records the sheet's SHA-256 and version.
 */
import { useEffect, useState } from 'react';
import type { Ceremony, ChannelOutput } from '../../../common/contract';
import { rootKeyFingerprint } from '../../../common/fingerprint';
import { runSheet, type RunSheet } from '../../../common/ceremony/run-sheet';
import { signCommand } from '../../../common/ceremony/witness-plan';
import { call } from '../api';
import { usePageFooter } from './page-footer';
import { useAppInfo } from '../store/app-info';
import type { CoboData } from '../steps/use-cobo-data';
import { participantsOf } from '../steps/use-cobo-data';

function useSheet(ceremony: Ceremony, data: CoboData): RunSheet | null {
  const [roots, setRoots] = useState<string[] | null>(null);
  const vaultId = ceremony.selection.vaultId;
  useEffect(() => {
    if (!vaultId) return;
    void call('cobo.vaults', { profileId: ceremony.profileId }).then(
      ({ vaults }) =>
        setRoots(
          (vaults.find((v) => v.vault_id === vaultId)?.root_pubkeys ?? []).map((k) =>
            rootKeyFingerprint(k.root_pubkey),
          ),
        ),
      () => setRoots([]),
    );
  }, [ceremony.profileId, vaultId]);
  // A ceremony with no vault yet (one that creates it) has no keys to read.
  const known = vaultId ? roots : [];
  if ((!data.loaded && vaultId) || known === null) return null;
  return runSheet(ceremony, {
    groups: data.groups,
    participants: participantsOf(ceremony, data),
    rootKeyFingerprints: known,
  });
}

/** The keys the plan fixed: only their co-signatures count, and each is checked against its line here. */
function WitnessKeys({ keys }: { keys: RunSheet['witnessKeys'] }) {
  if (!keys.length)
    return (
      <p className="muted">
        No witnesses’ keys were fixed in the plan: the witnesses sign this page by hand, and the app checks no
        co-signature.
      </p>
    );
  return (
    <table className="sheet-table" data-testid="sheet-witness-keys">
      <caption>Witnesses’ keys fixed in the plan (allowed signers)</caption>
      <thead>
        <tr>
          <th>Principal</th>
          <th>Key type</th>
          <th>Fingerprint</th>
        </tr>
      </thead>
      <tbody>
        {keys.map((k) => (
          <tr key={k.key}>
            <td>{k.principal}</td>
            <td className="sheet-key-type">{k.key.split(' ')[0]}</td>
            <td className="mono sheet-fingerprint">{k.fingerprint}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const Blank = ({ wide = false }: { wide?: boolean }) => (
  <span className={wide ? 'sheet-blank sheet-blank-wide' : 'sheet-blank'} aria-hidden="true" />
);

export function RunSheetView({ ceremony, data }: { ceremony: Ceremony; data: CoboData }) {
  const sheet = useSheet(ceremony, data);
  const { info, load } = useAppInfo();
  useEffect(() => {
    if (!info) void load();
  }, [info, load]);
  const [printed, setPrinted] = useState<ChannelOutput<'ceremony.scriptPrinted'> | null>(null);
  const serial = sheet ? JSON.stringify(sheet) : null;
  useEffect(() => {
    if (!serial) return;
    void call('ceremony.scriptPrinted', {
      id: ceremony.id,
      sheet: JSON.parse(serial) as Record<string, unknown>,
    }).then(setPrinted, () => setPrinted(null));
  }, [serial, ceremony.id]);
  usePageFooter(`Run sheet, ceremony ${ceremony.id}`);
  if (!sheet) return <p aria-busy="true">Preparing the run sheet…</p>;
  return (
    <article className="report run-sheet" data-testid="run-sheet">
      <section className="sheet-page">
        <h2>Run sheet: {sheet.title}</h2>
        <p className="sheet-environment">{sheet.environment}</p>
        <dl className="facts">
          <dt>Ceremony</dt>
          <dd className="mono">{sheet.ceremonyId}</dd>
          <dt>Vault</dt>
          <dd>{sheet.vault}</dd>
          <dt>Profile and API key</dt>
          <dd>
            {sheet.profile}, fingerprint <span className="fingerprint">{sheet.apiKeyFingerprint}</span>
          </dd>
          <dt>App</dt>
          <dd>
            Key Ceremony {info?.version ?? '…'}, build {info?.commit ?? '…'}
          </dd>
          <dt>This script</dt>
          <dd data-testid="script-hash">
            {printed ? (
              <>
                version {printed.version}, SHA-256 <span className="mono-wrap">{printed.sha256}</span>
                {printed.supersedes &&
                  ` (supersedes ${printed.supersedes.slice(0, 16)}…, which must not be used)`}
              </>
            ) : (
              'recording…'
            )}
          </dd>
          <dt>Date and place</dt>
          <dd>
            <Blank wide />
          </dd>
        </dl>
        <h3>Roles</h3>
        <ul>
          {sheet.roles.map((r) => (
            <li key={r}>
              {r}: <Blank wide />
            </li>
          ))}
        </ul>
      </section>
      <section className="sheet-page">
        <h3>Participants</h3>
        <table className="sheet-table">
          <thead>
            <tr>
              <th>Printed name</th>
              <th>Role</th>
              <th>Signature</th>
              <th>Time (with time zone)</th>
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: 8 }, (_, i) => (
              <tr key={i}>
                <td />
                <td />
                <td />
                <td />
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      {sheet.acts.map((act) => (
        <section key={act.title} className="sheet-act">
          <h3>{act.title}</h3>
          <table className="sheet-table" data-testid="sheet-steps">
            <thead>
              <tr>
                <th>Step</th>
                <th>Who</th>
                <th>What</th>
                <th>Expected</th>
                <th>Observed</th>
                <th>Initials, time</th>
              </tr>
            </thead>
            <tbody>
              {act.steps.map((s) => (
                <tr key={s.no} className={s.pointOfNoReturn ? 'sheet-no-return' : undefined}>
                  <td>{s.no}</td>
                  <td>{s.who}</td>
                  <td>
                    {s.what}
                    {s.pointOfNoReturn && (
                      <strong className="block">POINT OF NO RETURN: after this, nothing is undone.</strong>
                    )}
                  </td>
                  <td className="mono-wrap">{s.expected ?? '—'}</td>
                  <td>{s.observe ? <Blank /> : '—'}</td>
                  <td />
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
      {[1, 2].map((n) => (
        <section key={n} className="sheet-page">
          <h3>Exception sheet {n}</h3>
          {[
            'Script step',
            'What was expected',
            'What happened instead',
            'What was decided',
            'Initials of those who agreed',
          ].map((label) => (
            <p key={label}>
              {label}: <Blank wide />
            </p>
          ))}
        </section>
      ))}
      <section className="sheet-page">
        <h3>Closing</h3>
        <p>
          Journal head, as the app shows it at the close: <Blank wide />
        </p>
        <p>
          Each witness signs the head with their own key: <code>{signCommand('<head>')}</code>.
        </p>
        <WitnessKeys keys={sheet.witnessKeys} />
        {['Witness', 'Witness', 'Witness'].map((w, i) => (
          <p key={i} className="signoff-line">
            <span>{w}</span>
            <span className="signoff-blank">Signature and date</span>
          </p>
        ))}
      </section>
    </article>
  );
}
