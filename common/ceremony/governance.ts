/**
 * The organisation's governance policies (Cobo's manual: guard/introduction, snippets/governance): which
 * ceremonies are governed operations, in Cobo Portal's words. By default at least half of the
 * organisation's Admins approve one in Cobo Guard or Portal Mobile. The manual does not say whether a
 * request made with an API key waits for that approval, so the app tells the officer to arrange it.
 */
import type { Ceremony, GroupView } from '../contract';
import type { MessageKey, Translate } from '../i18n/translate';

/** The governed operation this ceremony performs, as Cobo Portal names it (its message); null when none. */
export function governedOperation(
  c: Pick<Ceremony, 'kind' | 'selection'>,
  groups: readonly GroupView[],
): MessageKey | null {
  const target = groups.find((g) => g.key_share_holder_group_id === c.selection.targetGroupId);
  const created = (type: string | undefined): MessageKey | null =>
    type === 'SigningGroup'
      ? 'wordsMore.governed.createSigning'
      : type === 'RecoveryGroup'
        ? 'wordsMore.governed.createRecovery'
        : type === 'MainGroup'
          ? 'wordsMore.governed.recreateMain'
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
      return 'wordsMore.governed.recreateMain';
    case 'GroupUpgrade':
      return 'wordsMore.governed.upgrade';
    case 'GroupRetirement':
      return target?.type === 'RecoveryGroup'
        ? 'wordsMore.governed.deleteRecovery'
        : 'wordsMore.governed.deleteSigning';
    default:
      return null;
  }
}

/** What the officer arranges before sending a governed operation, in one paragraph. */
export const governanceWords = (operation: MessageKey, t: Translate): string =>
  t('wordsMore.governed.words', { operation: t(operation) });
