/**
 * After a ceremony that made key shares: the backup each holder of the new shares makes, as Cobo's
 * manual says for that kind of signer, and the officer's confirmation of each, recorded in the journal.
 */
import { asksForBackups, backupSteps, holdersToBackUp } from '../../../common/ceremony/backups';
import type { Ceremony, GroupView } from '../../../common/contract';
import { call } from '../api';
import type { StepProps } from '../steps/StepProps';
import { useLanguage, useRich, useT } from '../store/language';
import type { MessageKey } from '../../../common/i18n/translate';

const KIND: Readonly<Partial<Record<string, MessageKey>>> = {
  Mobile: 'history.backups.mobile',
  API: 'history.backups.api',
};

export function BackupList({
  ceremony,
  groups,
  loaded = true,
  run,
  busy,
}: {
  ceremony: Ceremony;
  groups: readonly GroupView[];
  /** Whether Cobo has answered: before that an empty list means not known yet. */
  loaded?: boolean;
  run: StepProps['run'];
  busy: boolean;
}) {
  const t = useT();
  const rich = useRich();
  const locale = useLanguage((s) => s.locale);
  if (!asksForBackups(ceremony)) return null;
  const holders = holdersToBackUp(ceremony, groups);
  const open = ceremony.phase === 'finished';
  const outstanding = holders.filter((h) => !ceremony.backups[h.tss_node_id]);
  return (
    <section className="panel-inset" aria-labelledby="backups-title" data-testid="backups" lang={locale}>
      <h4 id="backups-title">{t('history.backups.title')}</h4>
      <p className="muted">{t('history.backups.intro')}</p>
      {holders.length === 0 && (
        <p className="muted">{loaded ? t('history.backups.gone') : t('history.backups.loading')}</p>
      )}
      <ul className="stack">
        {holders.map((h) => {
          const done = ceremony.backups[h.tss_node_id];
          const kind = KIND[h.type];
          return (
            <li key={h.tss_node_id} data-testid="backup-holder">
              {rich('history.backups.holder', {
                name: h.name,
                kind: kind ? t(kind) : h.type,
                b: (chunks) => <strong>{chunks}</strong>,
                m: (chunks) => <span className="muted">{chunks}</span>,
              })}
              <ul>
                {backupSteps(h.type, t).map((step) => (
                  <li key={step}>{step}</li>
                ))}
              </ul>
              {done ? (
                <p className="tag tag-ok">
                  {t('history.backups.confirmed', { date: new Date(done.at).toLocaleString() })}
                </p>
              ) : (
                open && (
                  <button
                    type="button"
                    className="button"
                    disabled={busy}
                    onClick={() =>
                      void run(() =>
                        call('ceremony.confirmBackup', {
                          id: ceremony.id,
                          tssNodeId: h.tss_node_id,
                          name: h.name,
                        }),
                      )
                    }
                  >
                    {t('history.backups.confirm', { name: h.name })}
                  </button>
                )
              )}
            </li>
          );
        })}
      </ul>
      {holders.length > 0 && outstanding.length > 0 && (
        <p className="notice notice-warn" data-testid="backups-outstanding">
          {t('history.backups.outstanding', {
            count: outstanding.length,
            names: outstanding.map((h) => h.name).join(', '),
          })}{' '}
          {open ? t('history.backups.outstandingOpen') : t('history.backups.outstandingClosed')}
        </p>
      )}
    </section>
  );
}
