/** More of the preparing steps (when prepare.ts is full): the lost phone, the drills, a recovery file. */
import type { Area } from '../area';
import type { prepareMore as en } from '../en/prepare-more';

export const prepareMore = {
  'prepare.lost.asking': '正在向 Cobo 查询此 Vault 的私钥…',
  'prepare.lost.noMain': '此 Vault 没有持有私钥分片的主控私钥；没有需要恢复的内容。',
  'prepare.lost.goneTitle': '此恢复仪式已无事可做',
  'prepare.lost.goneHint':
    '尚未为其发送任何请求。请放弃它（见下方）：“仪式”页面上此 Vault 的一行会说明此 Vault 现在需要什么。',
  'prepare.lost.legend': '谁的手机丢失了？',
  'prepare.lost.phone': '<b>{name}</b> — Cobo Guard 手机。Cobo 报告其状态为 <b>{status}</b>：{words}。',
  'prepare.lost.notReportedTitle': 'Cobo 尚不知道此次丢失',
  'prepare.lost.restored':
    '如果 {name} 已在新手机上从备份恢复私钥分片，Cobo 显示的正是这种情况：此处无需再做任何操作；请放弃此恢复仪式。',
  'prepare.lost.rehearsal':
    '在本次演练中，由“持有者手机”页面扮演这一角色：在 {name} 的卡片上选择“丢失此手机…”，然后选择没有备份的丢失。',
  'prepare.lost.explainTitle': 'Cobo 的报告，以及接下来会发生什么',
  'prepare.lost.explainOld':
    'Cobo 报告 {name} 的旧手机状态为 {changed}，其所属主控私钥的状态为 {status}：{words}。',
  'prepare.lost.explainNew':
    '恢复私钥{holders}为一个包含 {name} 新手机{node}的新主控私钥，重新生成同一组根扩展公钥的私钥分片。',
  'prepare.lost.explainHolders': '（{names}）',
  'prepare.lost.explainNode': '（TSS Node {id}）',
  'prepare.lost.explainSame':
    '旧主控私钥由新主控私钥取代。此 Vault 的根扩展公钥、钱包和地址保持完全不变；本应用会在最后进行核对。',
  'prepare.lost.waysTitle': '恢复途径',
  'prepare.lost.wayRecovery': '<b>Recovery</b> — {why}',
  'prepare.lost.wayUpgrade': '<b>将签名私钥升级为主控私钥</b> — {why}',
  'prepare.lost.newMain':
    '在下一步之前，请创建新的主控私钥：Cobo 加上 {name} 的新手机（标准 Vault 的主控私钥为 2/2，且其他有效私钥的节点不能加入）。此恢复仪式在此等待；完成私钥创建后将返回此处。',
  'prepare.lost.upgradeInstead': '改为升级签名私钥',
  'prepare.lost.upgradeQuestion':
    '改为升级签名私钥？此恢复仪式尚未发送任何请求；它将被记录为已放弃，原因注明为升级，随后开始升级。',
  'prepare.lost.upgradeConfirm': '放弃此恢复仪式并升级',
  'prepare.lost.keep': '保留恢复仪式',
  'prepare.restore.title': '首先：从备份恢复 — 无需仪式',
  'prepare.restore.backup':
    '如果持有者已备份私钥分片，则在新手机上安装 Cobo Guard（或 Portal Mobile）并从备份恢复：Cobo Guard 使用恢复口令从 iCloud 恢复，Portal Mobile 使用其口令从 iCloud、Google Drive 或本地文件恢复。TSS Node ID 保持不变，Cobo 继续报告其状态为 {valid}。随后 Cobo Guard 会冻结该账户，直到管理员在 Cobo Portal 中解冻（若其为团队唯一成员，则冻结 24 小时）；Portal Mobile 在切换后 24 小时内暂停发送。',
  'prepare.restore.noBackup':
    '没有备份时：对于 Cobo Guard，由 Cobo 支持团队重置账户；对于 Portal Mobile，由管理员重新分配私钥分片。新手机随后会有新的 TSS Node ID，需要通过仪式找回私钥：通过恢复私钥进行恢复，或升级一个有效的签名私钥（见下方）。',
  'prepare.restore.otherKeys':
    '持有签名私钥或恢复私钥（而非主控私钥）私钥分片的手机无需恢复仪式：从备份恢复即可，或用新手机创建新私钥，从主控私钥为其生成私钥分片（KeyGenFromKeyGroup），然后删除旧私钥。',
  'prepare.drillKey.legend': '持有者携带其私钥分片文件的私钥',
  'prepare.drillKey.none': '此 Vault 尚无持有私钥分片的私钥，因此没有可演练的私钥分片文件。请先执行 KeyGen。',
  'prepare.drill.checkForm': '文件格式',
  'prepare.drill.checkSameKey': '与其他文件属于同一私钥',
  'prepare.drill.checkShare': '私钥分片与其公钥相符',
  'prepare.drill.file': '持有者的私钥分片文件（.json）',
  'prepare.drill.password': '其密码，由持有者输入',
  'prepare.drill.check': '检查此文件',
  'prepare.drill.filesLabel': '已检查的私钥分片文件',
  'prepare.drill.fileResult': '<b>{who}</b>（文件 {file}，{hash} <m>{sha}…</m>）：{result}',
  'prepare.drill.passed': '在 {curves} 上通过了全部检查：{checks}。',
  'prepare.drill.curveSeparator': '和',
  'prepare.drill.checkSeparator': '；',
  'prepare.drill.conclude': '结束演练',
  'prepare.drill.verdictsLabel': '演练结论',
  'prepare.drill.verdict': '<b>{curve}：</b>{summary}',
  'prepare.export.open': '导出 {name} 的私钥分片文件…',
  'prepare.export.password': '{name} 的私钥分片文件的密码（至少 8 个字符；由持有者保管）',
  'prepare.export.submit': '导出私钥分片文件',
  'prepare.export.saved':
    '已保存到 {path}。持有者离线保管该文件，并将其密码与文件分开存放；恢复演练会在不重建私钥的情况下检查它。',
} as const satisfies Area<typeof en>;
