/**
 * The run sheet (issue #31): the ceremony's script, printed before it starts and filled in by hand
 * during it — a cover, the participants' sheet, the acts with each step's expected value printed in
 * advance and boxes for what was seen, initials and time, exception sheets, and a closing page for the
 * journal head and the attestations. Opening it records the sheet's SHA-256 and version.
 */
import { useEffect, useState } from 'react';
import type { Ceremony, ChannelOutput } from '../../../common/contract';
import { rootKeyFingerprint } from '../../../common/fingerprint';
import { runSheet, type RunSheet, type SheetContext } from '../../../common/ceremony/run-sheet';
import { signCommand } from '../../../common/ceremony/witness-plan';
import { EN } from '../../../common/i18n/translate';
import { call } from '../api';
import { usePageFooter } from './page-footer';
import { PrintLanguageChoice, usePrint, usePrintLanguage, PrintLanguageProvider } from './print-language';
import { useAppInfo } from '../store/app-info';
import type { CoboData } from '../steps/use-cobo-data';
import { participantsOf } from '../steps/use-cobo-data';

/** What the sheet needs to know of the vault: its keys, the custodians and the root keys now. */
function useSheetContext(ceremony: Ceremony, data: CoboData): SheetContext | null {
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
  return { groups: data.groups, participants: participantsOf(ceremony, data), rootKeyFingerprints: known };
}

const NONE = '—';
/** Where the witness puts the head in the command: a placeholder, as the shell command shows it. */
const HEAD_PLACEHOLDER = '<head>';

/** The keys the plan fixed: only their co-signatures count, and each is checked against its line here. */
function WitnessKeys({ keys }: { keys: RunSheet['witnessKeys'] }) {
  const { t } = usePrint();
  if (!keys.length) return <p className="muted">{t('reportScript.sheet.noWitnessKeys')}</p>;
  return (
    <table className="sheet-table" data-testid="sheet-witness-keys">
      <caption>{t('reportScript.sheet.witnessKeys')}</caption>
      <thead>
        <tr>
          <th>{t('reportScript.sheet.principal')}</th>
          <th>{t('reportScript.sheet.keyType')}</th>
          <th>{t('reportScript.sheet.fingerprint')}</th>
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
  const context = useSheetContext(ceremony, data);
  const [print, choose] = usePrintLanguage();
  // The sheet recorded is the English one, so its hash and version name the script in every language.
  const recorded = context ? runSheet(ceremony, context, EN) : null;
  const sheet = context ? runSheet(ceremony, context, print.t) : null;
  const { info, load } = useAppInfo();
  useEffect(() => {
    if (!info) void load();
  }, [info, load]);
  const [printed, setPrinted] = useState<ChannelOutput<'ceremony.scriptPrinted'> | null>(null);
  const serial = recorded ? JSON.stringify(recorded) : null;
  useEffect(() => {
    if (!serial) return;
    void call('ceremony.scriptPrinted', {
      id: ceremony.id,
      sheet: JSON.parse(serial) as Record<string, unknown>,
    }).then(setPrinted, () => setPrinted(null));
  }, [serial, ceremony.id]);
  usePageFooter(print.t('reportScript.sheet.footer', { id: ceremony.id }));
  const { t, rich } = print;
  if (!sheet) return <p aria-busy="true">{t('reportScript.sheet.preparing')}</p>;
  return (
    <>
      <PrintLanguageChoice value={print.locale} onChange={choose} />
      <PrintLanguageProvider value={print}>
        <article className="report run-sheet" data-testid="run-sheet" lang={print.locale}>
          <section className="sheet-page">
            <h2>{t('reportScript.sheet.title', { title: sheet.title })}</h2>
            <p className="sheet-environment">{sheet.environment}</p>
            <dl className="facts">
              <dt>{t('reportScript.sheet.ceremony')}</dt>
              <dd className="mono">{sheet.ceremonyId}</dd>
              <dt>{t('reportScript.sheet.vault')}</dt>
              <dd>{sheet.vault}</dd>
              <dt>{t('reportScript.sheet.profile')}</dt>
              <dd>
                {rich('reportScript.sheet.profileValue', {
                  profile: sheet.profile,
                  fingerprint: <span className="fingerprint">{sheet.apiKeyFingerprint}</span>,
                })}
              </dd>
              <dt>{t('reportScript.sheet.app')}</dt>
              <dd>
                {rich('reportScript.sheet.appValue', {
                  version: info?.version ?? '…',
                  commit: <span translate="no">{info?.commit ?? '…'}</span>,
                })}
              </dd>
              <dt>{t('reportScript.sheet.thisScript')}</dt>
              <dd data-testid="script-hash">
                {printed ? (
                  <>
                    {rich('reportScript.sheet.version', {
                      version: printed.version,
                      sha256: <span className="mono-wrap">{printed.sha256}</span>,
                    })}
                    {printed.supersedes &&
                      t('reportScript.sheet.supersedes', { hash: printed.supersedes.slice(0, 16) })}
                  </>
                ) : (
                  t('reportScript.sheet.recording')
                )}
              </dd>
              <dt>{t('reportScript.sheet.datePlace')}</dt>
              <dd>
                <Blank wide />
              </dd>
            </dl>
            <h3>{t('reportScript.sheet.roles')}</h3>
            <ul>
              {sheet.roles.map((r) => (
                <li key={r}>{rich('reportScript.sheet.blankLine', { label: r, blank: <Blank wide /> })}</li>
              ))}
            </ul>
          </section>
          <section className="sheet-page">
            <h3>{t('reportScript.sheet.participants')}</h3>
            <table className="sheet-table">
              <thead>
                <tr>
                  <th>{t('reportScript.sheet.printedName')}</th>
                  <th>{t('reportScript.sheet.role')}</th>
                  <th>{t('reportScript.sheet.signature')}</th>
                  <th>{t('reportScript.sheet.time')}</th>
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
                    <th>{t('reportScript.sheet.step')}</th>
                    <th>{t('reportScript.sheet.who')}</th>
                    <th>{t('reportScript.sheet.what')}</th>
                    <th>{t('reportScript.sheet.expected')}</th>
                    <th>{t('reportScript.sheet.observed')}</th>
                    <th>{t('reportScript.sheet.initials')}</th>
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
                          <strong className="block">{t('reportScript.sheet.pointOfNoReturn')}</strong>
                        )}
                      </td>
                      {/* The value to compare (an ID read aloud, a fingerprint): as it is, in every language. */}
                      <td className="mono-wrap" translate="no">
                        {s.expected ?? NONE}
                      </td>
                      <td>{s.observe ? <Blank /> : NONE}</td>
                      <td />
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          ))}
          {[1, 2].map((n) => (
            <section key={n} className="sheet-page">
              <h3>{t('reportScript.sheet.exceptionSheet', { n })}</h3>
              {[
                t('reportScript.sheet.exception.step'),
                t('reportScript.sheet.exception.expected'),
                t('reportScript.sheet.exception.happened'),
                t('reportScript.sheet.exception.decided'),
                t('reportScript.sheet.exception.agreed'),
              ].map((label) => (
                <p key={label}>{rich('reportScript.sheet.blankLine', { label, blank: <Blank wide /> })}</p>
              ))}
            </section>
          ))}
          <section className="sheet-page">
            <h3>{t('reportScript.sheet.closing')}</h3>
            <p>{rich('reportScript.sheet.headLine', { blank: <Blank wide /> })}</p>
            <p>
              {rich('reportScript.sheet.signLine', {
                command: <code>{signCommand(HEAD_PLACEHOLDER)}</code>,
              })}
            </p>
            <WitnessKeys keys={sheet.witnessKeys} />
            {[1, 2, 3].map((i) => (
              <p key={i} className="signoff-line">
                <span>{t('reportScript.sheet.witness')}</span>
                <span className="signoff-blank">{t('reportScript.sheet.signatureAndDate')}</span>
              </p>
            ))}
          </section>
        </article>
      </PrintLanguageProvider>
    </>
  );
}
