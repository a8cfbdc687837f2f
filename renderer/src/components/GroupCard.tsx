import type { GroupView, HolderView } from '../../../common/contract';
import { replacedPhone } from '../../../common/ceremony/lost-phone';
import { quorum } from '../../../common/ceremony/rules';

import { groupName } from '../../../common/ceremony/group-life';

export { groupName };

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
  const q = quorum(
    group.holders.filter((h) => h.type !== 'Cobo'),
    needed,
  );
  return (
    <div className="group-card">
      <p className="group-title">
        <strong>{groupName(group.type)}</strong> · {group.threshold}-of-{group.participants} ·{' '}
        <span
          className={`tag ${group.status === 'Valid' ? 'tag-ok' : group.status === 'New' ? '' : 'tag-warn'}`}
        >
          {group.status}
        </span>
      </p>
      {group.earlier_rules && (
        <p className="muted small" data-testid="earlier-rules">
          Made before Cobo’s October 2025 rules: it keeps its shape and holders and works as before; a new key
          follows today’s rules (a standard vault’s Main and Signing Keys 2/2, a Recovery Key 2/3 with Cobo’s
          share, each node in one key).
        </p>
      )}
      <table className="holders">
        <caption className="visually-hidden">Holders of this {groupName(group.type)}</caption>
        <thead>
          <tr>
            <th scope="col">Holder</th>
            <th scope="col">Type</th>
            <th scope="col">Online</th>
            <th scope="col">Signer</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {group.holders.map((h) => (
            <tr key={h.tss_node_id}>
              <td>
                {h.name}
                {replacedPhone(h, known) && (
                  <>
                    {' '}
                    <span className="tag" data-testid="new-phone">
                      new phone
                    </span>
                  </>
                )}
              </td>
              <td>{h.type}</td>
              <td>{h.online ? 'Online' : 'Offline'}</td>
              <td>{h.signer ? 'Yes' : 'No'}</td>
              <td>{h.status}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {needed > 0 && (
        <p className={`quorum ${q.canSucceed ? 'quorum-ok' : 'quorum-bad'}`} data-testid="quorum">
          Approvals: {q.sentence}
        </p>
      )}
      {/* The group's own threshold: for signing, or for a Recovery Key, for re-creating a Main Key. */}
      <p className="muted small" data-testid="signing-threshold">
        {group.type === 'RecoveryGroup' ? 'Recovering afterwards' : 'Signing afterwards'}:{' '}
        {group.threshold === group.participants ? 'all' : 'any'} {group.threshold} of the group’s{' '}
        {group.participants}
        {group.type === 'RecoveryGroup' ? ' re-create a Main Key' : ''}
        {group.holders.some((h) => h.type === 'Cobo')
          ? ', Cobo’s node counted'
          : ', no Cobo node in it (a group made before Cobo’s October 2025 rules)'}
        .
      </p>
    </div>
  );
}
