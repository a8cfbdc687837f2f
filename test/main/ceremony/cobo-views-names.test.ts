// @vitest-environment node
/**
 * Cobo's vaults and holders without a name or an id (issue #32): main keeps its English name, and the
 * page gets the word as a key to say in its language. A named item, or one named by its id, has none.
 */
import { describe, expect, it } from 'vitest';
import { holderView, vaultView } from '../../../main/ceremony/cobo-views';
import { KeyShareHolder, MPCVault } from '../../../main/cobo/schemas';
import { HolderView, VaultView } from '../../../common/contract';
import { zhCN } from '../../../common/i18n/messages/zh-CN';
import { say, translator } from '../../../common/i18n/translate';

const zh = translator('zh-CN', zhCN);

describe('a vault or holder Cobo did not name', () => {
  it('is named in English for main, and by a key the page says in Chinese', () => {
    const holder = HolderView.parse(holderView(KeyShareHolder.parse({ type: 'Mobile' })));
    expect(holder.name).toBe('Unnamed holder');
    expect(holder.nameSaid && say(zh, holder.nameSaid)).toBe('未命名的持有者');
    const vault = VaultView.parse(vaultView(MPCVault.parse({ type: 'Org-Controlled' })));
    expect(vault.name).toBe('Unnamed vault');
    expect(vault.nameSaid && say(zh, vault.nameSaid)).toBe('未命名的 Vault');
  });

  it('keeps Cobo’s name, or its id, as data, with no word to translate', () => {
    expect(holderView(KeyShareHolder.parse({ name: 'Fola', tss_node_id: 'n1' }))).toMatchObject({
      name: 'Fola',
    });
    const byId = holderView(KeyShareHolder.parse({ tss_node_id: 'n1' }));
    expect(byId.name).toBe('n1');
    expect(byId).not.toHaveProperty('nameSaid');
    const vault = vaultView(MPCVault.parse({ vault_id: 'v1' }));
    expect(vault.name).toBe('v1');
    expect(vault).not.toHaveProperty('nameSaid');
    expect(vaultView(MPCVault.parse({ name: 'Treasury' }))).not.toHaveProperty('nameSaid');
  });
});
