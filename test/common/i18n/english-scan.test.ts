// @vitest-environment node
/** The e2e scan's reading of a text: English words found, data and kept names let through. */
import { describe, expect, it } from 'vitest';
import { englishIn } from '../../e2e/english-scan';

describe('the scan for English on a Chinese screen', () => {
  it('finds English words, whole sentences and single ones', () => {
    expect(englishIn('通过：持有者：The one holder must approve')).toEqual([
      'The',
      'one',
      'holder',
      'must',
      'approve',
    ]);
    expect(englishIn('保存 Save')).toEqual(['Save']);
    expect(englishIn('环境：sandbox')).toEqual([]);
    expect(englishIn('环境：offline')).toEqual(['offline']);
  });

  it('lets through what stays as it is: names, Cobo’s values, ids, fingerprints, commands, paths', () => {
    for (const text of [
      '在 Cobo Guard 中点击“开始”',
      'TSS Node ID 与 API Key',
      '状态 PendingKeyHolderConfirmation，Success',
      'Vault 标识 BCNYQabNEEiFHtUcQMDj',
      '仪式 2a7b4f7e-1d2a-4b7a-9c1e-1f2e3d4c5b6a',
      '指纹 PJ7A-NRCH-0BNQ-TEPS',
      '导出：./tss-node.sh export-share --group-ids 等',
      '复制 db/secrets.db 文件',
      '例如 alice@example.com ssh-ed25519 AAAAC3Nza…',
      '记录文件（.json）',
    ])
      expect(englishIn(text), text).toEqual([]);
    expect(englishIn('见证人 Wendy Witness', ['Wendy Witness'])).toEqual([]);
  });
});
