/**
 * The recovery drill's place among the protocols: it sends nothing to Cobo. It reads what Cobo reports
 * (the vault's root keys, the key's holders) to check the files against; its steps have no review and
 * no send, so `send` and `find` are never reached — and refuse if they were.
 */
import { said } from '../../../common/i18n/translate';
import { AppError } from '../../app-error';
import { freshContext } from '../vault-context';
import type { Protocol } from './protocol';

const sendsNothing = () =>
  new AppError(
    'ceremony.drill_sends_nothing',
    said('errors.ceremony.drillSendsNothing'),
    said('errors.ceremony.drillSendsNothingHint'),
  );

export const offlineDrill: Protocol = {
  holdersApprove: false,
  readyKey: 'checks.ready.offlineDrill',
  load: freshContext,
  before: () => ({}),
  check: (state, context, t) => {
    const key = context.groups.find((g) => g.key_share_holder_group_id === state.selection.targetGroupId);
    const problems = !key
      ? [t('checks.problem.drillNoKey')]
      : !key.has_keys
        ? [t('checks.problem.drillNoShares')]
        : [];
    return { ok: problems.length === 0, problems };
  },
  call: () => {
    throw sendsNothing();
  },
  body: () => {
    throw sendsNothing();
  },
  send: () => Promise.reject(sendsNothing()),
  find: () => Promise.resolve(null),
};
