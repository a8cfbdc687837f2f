import type { GroupView, HolderView } from '../../../common/contract';
import { replacedPhone } from '../../../common/ceremony/lost-phone';
import { quorum } from '../../../common/ceremony/rules';

import { groupName } from '../../../common/ceremony/group-life';
import { say, type MessageKey } from '../../../common/i18n/translate';
import { useRich, useT } from '../store/language';

export { groupName };

/** The group's own threshold afterwards, by whether it re-creates a Main Key and counts Cobo's node. */
const THRESHOLD_WORDS: Record<'signing' | 'recovering', Record<'cobo' | 'noCobo', MessageKey>> = {
  signing: { cobo: 'prepare.card.signing', noCobo: 'prepare.card.signingNoCobo' },
  recovering: { cobo: 'prepare.card.recovering', noCobo: 'prepare.card.recoveringNoCobo' },
};

/**
 * A group with its holders and, in words, whether the needed holders can take part right now. With the
 * holders Cobo lists (`known`), a holder's new phone after a lost one is marked as such.
 */
export function GroupCard({
  group,
  needed,
  known = [],
}: {
  group: GroupView;
  needed: number;
  known?: readonly HolderView[];
}) {
  const t = useT();
  const rich = useRich();
  const q = quorum(
    group.holders.filter((h) => h.type !== 'Cobo'),
    needed,
    t,
  );
  return (
    <div className="group-card">
      <p className="group-title">
        {rich('prepare.card.title', {
          group: groupName(group.type, t),
          threshold: group.threshold,
          participants: group.participants,
          status: group.status,
          b: (chunks) => <strong>{chunks}</strong>,
          t: (chunks) => (
            <span
              className={`tag ${group.status === 'Valid' ? 'tag-ok' : group.status === 'New' ? '' : 'tag-warn'}`}
            >
              {chunks}
            </span>
          ),
        })}
      </p>
      {group.earlier_rules && (
        <p className="muted small" data-testid="earlier-rules">
          {t('prepare.card.earlierRules')}
        </p>
      )}
      <table className="holders">
        <caption className="visually-hidden">
          {t('prepare.card.caption', { group: groupName(group.type, t) })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('prepare.card.holder')}</th>
            <th scope="col">{t('prepare.card.type')}</th>
            <th scope="col">{t('prepare.card.online')}</th>
            <th scope="col">{t('prepare.card.signer')}</th>
            <th scope="col">{t('prepare.card.status')}</th>
          </tr>
        </thead>
        <tbody>
          {group.holders.map((h) => (
            <tr key={h.tss_node_id}>
              <td>
                {say(t, h.nameSaid) ?? h.name}
                {replacedPhone(h, known) && (
                  <>
                    {' '}
                    <span className="tag" data-testid="new-phone">
                      {t('prepare.card.newPhone')}
                    </span>
                  </>
                )}
              </td>
              <td>{h.type}</td>
              <td>{h.online ? t('prepare.card.isOnline') : t('prepare.card.isOffline')}</td>
              <td>{h.signer ? t('prepare.card.yes') : t('prepare.card.no')}</td>
              <td>{h.status}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {needed > 0 && (
        <p className={`quorum ${q.canSucceed ? 'quorum-ok' : 'quorum-bad'}`} data-testid="quorum">
          {t('prepare.card.approvals', { sentence: q.sentence })}
        </p>
      )}
      {/* The group's own threshold: for signing, or for a Recovery Key, for re-creating a Main Key. */}
      <p className="muted small" data-testid="signing-threshold">
        {t(
          THRESHOLD_WORDS[group.type === 'RecoveryGroup' ? 'recovering' : 'signing'][
            group.holders.some((h) => h.type === 'Cobo') ? 'cobo' : 'noCobo'
          ],
          {
            quantifier:
              group.threshold === group.participants ? t('prepare.card.all') : t('prepare.card.any'),
            threshold: group.threshold,
            participants: group.participants,
          },
        )}
      </p>
    </div>
  );
}
