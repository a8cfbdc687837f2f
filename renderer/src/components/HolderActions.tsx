import { useEffect, useState } from 'react';
import type { Ceremony, ChannelOutput } from '../../../common/contract';
import { call } from '../api';
import { useT } from '../store/language';
import type { MessageKey } from '../../../common/i18n/translate';

type Actions = ChannelOutput<'sandbox.requestActions'>['holders'];

// Each custodian acts once (Cobo's manual): Start Key Gen, then keeps the app open until the key is made.
const said = (h: Actions[number]): MessageKey =>
  h.approval === 'rejected'
    ? 'run.holderActions.rejected'
    : h.approval === 'approved'
      ? 'run.holderActions.approved'
      : 'run.holderActions.notYet';

/**
 * Rehearsal only: what each simulated holder has done about the request, read from the sandbox (again
 * every 2 s while it is followed). Null outside a rehearsal: Cobo's API does not report it.
 */
export function useSimulatedActions(ceremony: Ceremony): Actions | null {
  const [holders, setHolders] = useState<Actions | null>(null);
  const requestId = ceremony.tssRequestId;
  const rehearsal = ceremony.environment === 'sandbox';
  const following = ceremony.phase === 'tracking';
  useEffect(() => {
    if (!rehearsal || !requestId) return;
    let live = true;
    const read = () =>
      void call('sandbox.requestActions', { tssRequestId: requestId })
        .then((a) => live && setHolders(a.holders))
        .catch(() => undefined);
    read();
    const timer = following ? setInterval(read, 2_000) : null;
    return () => {
      live = false;
      if (timer) clearInterval(timer);
    };
  }, [rehearsal, requestId, following, ceremony.statuses.length]);
  return rehearsal ? holders : null;
}

/** Rehearsal only: who rejected, as the simulated holders answered. */
export function RejectedBy({ holders }: { holders: Actions | null }) {
  const t = useT();
  const names = (holders ?? []).filter((h) => h.approval === 'rejected').map((h) => h.name);
  if (!names.length) return null;
  return (
    <p data-testid="rejected-by">
      {t('run.holderActions.rejectedBy', { names: names.join(t('words.listSeparator')) })}
    </p>
  );
}

/**
 * Who has acted on the request. Cobo's API does not report each holder's approval, so in Development
 * and Production the officer confirms with each custodian; in a rehearsal the sandbox's simulated
 * holders are shown (`holders`, from useSimulatedActions), marked as rehearsal-only.
 */
export function HolderActions({ ceremony, holders }: { ceremony: Ceremony; holders: Actions | null }) {
  const t = useT();
  const rehearsal = ceremony.environment === 'sandbox';
  if (!rehearsal) {
    return (
      <p className="muted" data-testid="holder-actions">
        {t('run.holderActions.notReported')}
      </p>
    );
  }
  if (!holders) return null;
  return (
    <div className="panel-inset" data-testid="holder-actions">
      <h4>{t('run.holderActions.title')}</h4>
      <p className="muted small">{t('run.holderActions.realOrg')}</p>
      <ul>
        {holders.map((h) => (
          <li key={h.tss_node_id}>
            <strong>{h.name}</strong> {t(said(h))}
          </li>
        ))}
      </ul>
    </div>
  );
}
