/**
 * The organisation's governance policies (Cobo's manual: guard/introduction, snippets/governance): which
 * ceremonies are governed operations, in Cobo Portal's words. By default at least half of the
 * organisation's Admins approve one in Cobo Guard or Portal Mobile. The manual does not say whether a
 * request made with an API key waits for that approval, so the app tells the officer to arrange it.
 */
import type { Ceremony, GroupView } from '../contract';

/** The governed operation this ceremony performs, as Cobo Portal names it; null when none. */
export function governedOperation(
  c: Pick<Ceremony, 'kind' | 'selection'>,
  groups: readonly GroupView[],
): string | null {
  const target = groups.find((g) => g.key_share_holder_group_id === c.selection.targetGroupId);
  const created = (type: string | undefined) =>
    type === 'SigningGroup'
      ? 'Create Signing Key'
      : type === 'RecoveryGroup'
        ? 'Create Recovery Key'
        : type === 'MainGroup'
          ? 'Recreate Main Key'
          : null;
  switch (c.kind) {
    case 'GroupSetup': {
      const type = c.selection.design?.type;
      // The first Main Key of a vault is its KeyGen, not a governed operation; a later one recreates it.
      if (type === 'MainGroup' && !groups.some((g) => g.type === 'MainGroup')) return null;
      return created(type);
    }
    case 'KeyGenFromKeyGroup':
      return created(target?.type);
    case 'Recovery':
      return 'Recreate Main Key';
    case 'GroupUpgrade':
      return 'Upgrade Signing Key to Main Key';
    case 'GroupRetirement':
      return target?.type === 'RecoveryGroup' ? 'Delete active Recovery Key' : 'Delete active Signing Key';
    default:
      return null;
  }
}

/** What the officer arranges before sending a governed operation, in one paragraph. */
export const governanceWords = (operation: string): string =>
  `“${operation}” is subject to your organisation’s governance policy: by default at least half of its Admins approve it in Cobo Guard or Portal Mobile. Cobo’s manual does not say whether a request made with an API key waits for that approval: arrange it with your Admins before you send, and if the request waits, ask them to approve it.`;
