/**
 * Verify a transcript: the signature, the hash chain and the header, offline. The verdict's summary is
 * main's sentence, said in the screen's language from its message keys (English when main sent none).
 */
import { useEffect, useState, type ChangeEvent } from 'react';
import type { ChannelOutput } from '../../../common/contract';
import { call } from '../api';
import { ErrorNotice } from '../components/ErrorNotice';
import { Field } from '../components/Field';
import { useAction } from '../store/use-action';
import { useLanguage, useT } from '../store/language';
import { say, type Translate } from '../../../common/i18n/translate';

type Verdict = ChannelOutput<'transcript.verify'>;

const verdictClass = (v: Verdict) =>
  v.status === 'verified'
    ? v.signer === 'this-installation' || v.signer === 'previous-key'
      ? 'notice-ok'
      : 'notice-info'
    : v.status === 'incomplete'
      ? 'notice-info'
      : 'notice-error';

/** Where the first problem is: a journal entry (its kind and field), or the header's field. */
function where(t: Translate, entry: NonNullable<Verdict['entry']>): string {
  if (!entry.line) return t('verify.whereHeader', { field: entry.field ?? '?' });
  return (
    t('verify.whereEntry', { line: entry.line }) +
    (entry.kind ? t('verify.whereKind', { kind: entry.kind }) : '') +
    (entry.field ? t('verify.whereField', { field: entry.field }) : '')
  );
}

/** Whose key signed a verified transcript, and what that means for trusting it. */
function signedBy(t: Translate, v: Verdict): string {
  if (v.signer === 'this-installation') return t('verify.signedByThis');
  if (v.signer === 'previous-key') return t('verify.signedByPrevious');
  if (v.signer === 'unattested') return t('verify.signedUnattested');
  return t('verify.signedUnknown', { fingerprint: v.fingerprint ?? '?' });
}

/** The witnesses' co-signatures the record carries, and what they prove. */
function witnessesText(t: Translate, w: NonNullable<Verdict['witnesses']>): string {
  return t('verify.witnesses', {
    head: w.head,
    attested: w.attested.length
      ? t('verify.witnessesAttested', { names: w.attested.join(', ') })
      : t('verify.witnessesNone'),
    dissented: w.dissented.length ? t('verify.witnessesDissented', { names: w.dissented.join(', ') }) : '',
    refused: w.refused.map((r) => t('verify.witnessesRefused', r)).join(''),
  });
}

/** Main's summary in the screen's language; its English (marked so) when this build cannot say it. */
function VerdictSummary({ t, verdict }: { t: Translate; verdict: Verdict }) {
  const said = say(t, verdict.said);
  return said === null ? (
    <p className="notice-title" lang="en">
      {verdict.summary}
    </p>
  ) : (
    <p className="notice-title">{said}</p>
  );
}

export function VerifyView() {
  const t = useT();
  const locale = useLanguage((s) => s.locale);
  const [verdict, setVerdict] = useState<Verdict | null>(null);
  const [expectHead, setExpectHead] = useState('');
  const [own, setOwn] = useState<string | null>(null);
  const { error, run } = useAction();
  useEffect(() => {
    void run(async () => setOwn((await call('app.installationKey', {})).fingerprint));
  }, [run]);
  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    setVerdict(null);
    if (file)
      await run(async () =>
        setVerdict(
          await call('transcript.verify', {
            content: await file.text(),
            ...(expectHead.trim() ? { expectHead: expectHead.trim() } : {}),
          }),
        ),
      );
  };
  return (
    <div className="view" lang={locale}>
      <h2 className="view-title">{t('verify.title')}</h2>
      <p className="lead">{t('verify.lead')}</p>
      {own && (
        <p>
          {t('verify.ownKey')} <strong className="fingerprint">{own}</strong>
        </p>
      )}
      <div className="panel inline-form">
        <Field label={t('verify.expectHead')}>
          {(id) => (
            <input
              id={id}
              value={expectHead}
              onChange={(e) => setExpectHead(e.target.value)}
              autoComplete="off"
            />
          )}
        </Field>
        <Field label={t('verify.file')}>
          {(id) => (
            <input id={id} type="file" accept=".json,application/json" onChange={(e) => void onFile(e)} />
          )}
        </Field>
      </div>
      <div aria-live="polite">
        {verdict && (
          // Green only for a verified record signed by this installation's keys: any key can sign a
          // transcript that verifies.
          <div
            className={`notice ${verdictClass(verdict)}`}
            data-testid="verdict"
            data-status={verdict.status}
            data-signer={verdict.signer ?? 'none'}
          >
            <VerdictSummary t={t} verdict={verdict} />
            {verdict.entry && <p data-testid="verdict-entry">{where(t, verdict.entry)}</p>}
            {verdict.status === 'damaged' && (
              <p className="notice-hint" data-testid="damage-advice">
                {t('record.damagedTranscriptAdvice')}
              </p>
            )}
            {verdict.status === 'incomplete' && <p className="notice-hint">{t('verify.incomplete')}</p>}
            {verdict.ok && <p className="notice-hint">{signedBy(t, verdict)}</p>}
            {verdict.witnesses && (
              <p data-testid="verdict-witnesses">
                {witnessesText(t, verdict.witnesses)}
                <span className="block mono-wrap small">{verdict.witnesses.keys.join(' · ')}</span>
              </p>
            )}
            {verdict.signerHow.length > 0 && (
              <ul data-testid="verdict-keys">
                {verdict.signerHow.map((line, i) => {
                  const words = verdict.signerHowSaid?.[i];
                  const said = say(t, words);
                  return (
                    <li key={line} lang={said === null ? 'en' : undefined}>
                      {said ?? line}
                    </li>
                  );
                })}
              </ul>
            )}
          </div>
        )}
        {error && <ErrorNotice error={error} />}
      </div>
    </div>
  );
}
