/** More of History: the backups after a ceremony that made key shares; the sandbox's advanced vaults. */
import type { Area } from '../area';
import type { historyMore as en } from '../en/history-more';

export const historyMore = {
  'history.backups.title': '备份新的私钥分片',
  'history.backups.intro':
    '下列每位持有者现在都持有一个新的私钥分片。Cobo 的使用手册要求每次生成私钥后都进行备份；在本次仪式之前所做的备份中保存的私钥分片已不复存在。',
  'history.backups.gone': 'Cobo 已不再列出这些私钥分片所属的私钥：没有需要备份的内容了。',
  'history.backups.loading': '正在从 Cobo 加载持有者…',
  'history.backups.mobile': '移动端签名人（Cobo Guard 或 Portal Mobile）',
  'history.backups.api': '服务端签名人（TSS Node）',
  'history.backups.holder': '<b>{name}</b> <m>— {kind}</m>',
  'history.backups.confirmed': '备份已确认 {date}',
  'history.backups.confirm': '确认 {name} 已完成备份',
  'history.backups.outstanding': '有 {count} 份备份尚未确认（{names}）。',
  'history.backups.outstandingOpen':
    '您可以在没有这些备份的情况下结束仪式；报告会列出已确认的备份，“仪式”界面上该 Vault 的状态行会列出尚未确认的备份。',
  'history.backups.outstandingClosed': '只要这些备份仍缺失，“仪式”界面上该 Vault 的状态行就会列出它们。',
  'history.advancedVaults.intro':
    '标准 MPC Vault 的主控私钥和签名私钥为 2/2；其他结构需要高级 MPC Vault，可向 Cobo 申请开通。请在此扮演 Cobo 的角色：',
  'history.advancedVaults.vault': '“{name}”是高级 MPC Vault',
} as const satisfies Area<typeof en>;
