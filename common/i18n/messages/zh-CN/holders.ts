/** The sandbox's Holder phones screen. */
import type { Area } from '../area';
import type { holders as en } from '../en/holders';

export const holders = {
  'holders.title': '持有者手机',
  'holders.lead':
    '仅用于演练。这些是离线沙盒中模拟的私钥分片持有者。请在此扮演他们的角色：像在 Cobo Guard 中那样审核请求并点击“开始”（或拒绝），只需一次，此后只要其应用保持打开，手机就会自行参与；也可以让手机离线，或让手机丢失以演练恢复。',
  'holders.manualApproval':
    '仅当有人在此处为持有者点击“开始”时，持有者才开始处理请求（否则手机会在片刻后自行开始）',
  'holders.list': '模拟的私钥分片持有者',
  'holders.type.cobo': 'Cobo 节点',
  'holders.type.mobile': '移动端签名人（手机）',
  'holders.type.api': '服务端签名人',
  'holders.status.valid': '正常',
  'holders.status.changed': '已丢失 — 已更换',
  'holders.status.notConfigured': '未设置',
  'holders.status.notActivated': '未激活',
  'holders.online': '在线',
  'holders.offline': '离线',
  'holders.newPhone': '新手机',
  'holders.frozen': '账户已冻结',
  'holders.nodeId': 'TSS Node ID，按四位一组分隔以便朗读（复制时可带或不带空格）：{id}',
  'holders.pending.label': '等待 {name} 处理的请求',
  'holders.pending.waits': '{type} 请求 {id} 正在等待 {name} 审核并开始',
  'holders.pending.start': '以 {name} 的身份开始',
  'holders.pending.startKeyGen': '以 {name} 的身份点击“开始”',
  'holders.pending.reject': '拒绝<h>（以 {name} 的身份）</h>',
  'holders.takeOffline': '设为离线',
  'holders.bringOnline': '恢复在线',
  'holders.losePhone': '丢失此手机…',
  'holders.restored.meaning':
    '{name} 已在新手机上从备份恢复私钥分片：TSS Node ID 相同，私钥分片相同，无需举行仪式。Cobo Guard 会冻结该账户，直到管理员在 Cobo Portal 中将其解冻（Portal Mobile 则改为暂停发送 24 小时）；在此之前，{name} 无法处理任何请求。',
  'holders.restored.unfreeze': '解冻 {name} 的账户（以管理员身份）',
  'holders.lose.firstWay':
    '第一种恢复途径（按 Cobo 手册的顺序）：{name} 在新手机上从备份恢复私钥分片，并保留相同的 TSS Node ID。',
  'holders.lose.restore': '在新手机上从备份恢复 {name} 的私钥分片',
  'holders.lose.withoutBackup':
    '如果没有备份，{name} 的手机及其私钥分片在本次演练中将永久丢失。包含该手机的私钥将变为不可用，并将为 {name} 设置一部新手机；请演练一次 Recovery，为其分配私钥分片。',
  'holders.lose.confirm': '丢失 {name} 的手机（无备份）',
  'holders.lost.title': '这意味着什么',
  'holders.lost.meaning':
    'Cobo 现将 {name} 的旧手机报告为已更换，并将在其上持有私钥分片的私钥报告为不可用：在完成恢复之前，这些私钥无法使用。{name} 的新手机（标有“新手机”的卡片）尚未持有私钥分片。',
  'holders.lost.wayBack':
    '恢复途径：执行一次 Recovery，由恢复私钥为新的主控私钥（包含 {name} 的新手机）重新创建主控私钥的私钥分片；或将某个签名私钥升级为主控私钥。Recovery 的前几个步骤会显示当前可行的方式。',
  'holders.lost.start': '开始恢复途径：Recovery<h>（{name} 的手机丢失后）</h>',
} as const satisfies Area<typeof en>;
