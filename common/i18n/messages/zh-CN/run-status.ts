/** The live status, verification and close steps (when run.ts is full). */
import type { Area } from '../area';
import type { runStatus as en } from '../en/run-status';

export const runStatus = {
  'run.status.seconds': '{s} 秒',
  'run.status.keepsChecking': '本应用会自动继续检查该请求。',
  'run.status.minutes': '{m} 分 {s} 秒',
  'run.status.waitingStart':
    '正在等待 {count} 位持有者在 Cobo Guard 或 Portal Mobile 中点击“开始”（仅需一次）：{names}。',
  'run.status.waitingKeepOpen':
    '{count} 位持有者正在参与，无需再点击任何按钮：请保持 Cobo Guard 或 Portal Mobile 打开并在线，直到私钥生成完成：{names}。',
  'run.status.servers': '{count} 个服务端签名人（自行执行）：{names}。',
  'run.status.serversBy':
    '{count} 个服务端签名人（自行执行）：{names}；其 TSS Node 必须在 {time} 之前（24 小时内）上线。',
  'run.status.waited': '此请求已等待持有者 {minutes} 分钟。',
  'run.status.waitedOffline': '此请求已等待持有者 {minutes} 分钟（当前离线：{names}）。',
  'run.status.keepWaiting':
    '您可以继续等待：Cobo 会保留该请求，不会丢失任何内容。也可以（通过电话或当面）联系持有者，请他们在联网状态下打开 Cobo Guard 或 Portal Mobile。',
  'run.status.orCancel': '或者趁 Cobo 仍允许时取消请求（见下方），待所有人准备就绪后重新开始。',
  'run.status.cannotCancel': '已无法取消：私钥生成已经开始，请求将自行结束。',
  'run.status.serverLate':
    '服务端签名人的 24 小时期限已于 {time} 届满：Cobo 的产品手册要求其 TSS Node 在 24 小时内上线。请立即让 TSS Node 上线并关注状态；如果请求失败，请先让 TSS Node 上线，再重新开始。',
  'run.status.sending': '正在发送请求…',
  'run.status.checkAgain': '再次检查',
  'run.status.tssRequest': 'TSS 请求 {id}',
  'run.status.coboDone': 'Cobo 已答复：完成。此仪式的记录中保存了其答复。',
  'run.status.timeline': '状态时间线',
  'run.status.since': ' — 自 {time} 起 · {duration}',
  'run.status.unseen': ' — 在两次检查之间经过，未观察到',
  'run.status.governed':
    '这是“{operation}”，属于受治理策略约束的操作：如果请求没有进展，请询问您的管理员，它是否正在 Cobo Guard 或 Portal Mobile 中等待他们审批。',
  'run.status.offlineNow': '当前离线：{names}；请求将等待他们上线。',
  'run.status.rehearsalStart':
    '演练：模拟的持有者在“持有者手机”界面（菜单中）操作，每人像在 Cobo Guard 中一样点击“开始”或拒绝，仅一次。',
  'run.status.rehearsalKeepOpen':
    '演练：模拟的手机会自行参与；在“持有者手机”界面将其中一部设为离线，请求将暂停，直到它恢复在线。',
  'run.status.stranded':
    '此仪式已无法继续跟踪。请在记录中将其放弃：其请求在 Cobo 仍处于待处理状态，记录会说明原因。',
  'run.status.cancel': '取消请求…',
  'run.status.cancelQuestion': '取消此 TSS 请求？不会创建任何内容；如需重试，需要新建一个仪式。',
  'run.status.cancelYes': '是，取消请求',
  'run.status.cancelKeep': '保留',
  'run.status.cancelled': '请求已取消。',
  'run.status.failed': '仪式未成功。',
  'run.status.startAgain': '结束此仪式，并以相同选择重新开始',
  'run.verify.nothingCancelled': '无需验证：未生成任何私钥。仪式已取消；请继续到“结束”步骤。',
  'run.verify.nothingFailed': '无需验证：未生成任何私钥。仪式未成功；请继续到“结束”步骤。',
  'run.verify.changed': '停止：此仪式期间 Vault 的根扩展公钥发生了变化。',
  'run.verify.changedHint':
    '重新分片绝不应改变根扩展公钥。请勿使用此 Vault。请让所有人留在现场，保存仪式记录，并联系 Cobo 支持团队。',
  'run.verify.unchanged': '已核对：根扩展公钥与仪式之前完全相同。',
  'run.verify.justCreated': '这些根扩展公钥刚刚生成。此 Vault 的每个钱包密钥均由其派生。',
  'run.verify.layout':
    '{secp} 密钥为 {bip32} 扩展公钥。对于 {ed}，离线沙盒使用相同的格式，但密钥带有 {prefix} 前缀；请按所示文本进行比对。',
  'run.verify.whereTitle': '持有者在何处读取这些公钥',
  'run.verify.where':
    '在各自设备上的 Cobo Portal 中：MPC 钱包 → “{vault}” → 私钥分片管理（右上角的图标），其中显示 Vault 的根扩展公钥。在那里而非本界面读取，被篡改的工作站就无法两次显示同一个错误的公钥。',
  'run.verify.rehearsal':
    '此演练没有 Cobo Portal：请从各公钥开始不同的那一组起练习朗读，如同正式仪式当天一样。',
  'run.verify.compared': '持有者已于 {time} 将这些公钥与各自设备上显示的进行比对。',
  'run.verify.compare': '持有者已将这些公钥与各自设备上显示的进行比对',
  'run.close.outcome': '结果',
  'run.close.outcome.success': '成功',
  'run.close.outcome.failed': '未成功',
  'run.close.outcome.cancelled': '已取消',
  'run.close.outcome.abandoned': '已放弃',
  'run.close.outcome.inProgress': '进行中',
  'run.close.vault': 'Vault',
  'run.close.environment': '环境',
  'run.close.tssRequest': 'TSS 请求',
  'run.close.witnesses': '见证人',
  'run.close.why': '原因',
  'run.close.journal':
    '此仪式的每一步都记录在其日志中：这是一份只追加、以哈希链相连的记录，保存在本应用的数据文件夹中。',
  'run.close.closed': '此仪式已结束。',
  'run.close.returnToRecovery': '返回“{vault}”的恢复仪式 →',
  'run.close.recoveryWaits': '“{vault}”的恢复仪式正在等待这个新的主控私钥：结束此仪式后将返回该恢复仪式。',
  'run.close.closeAndReturn': '结束并返回恢复仪式',
  'run.close.close': '结束仪式',
  'run.holderActions.rejected': '拒绝了该请求',
  'run.holderActions.approved': '已点击“开始”；保持 Cobo Guard 打开，直到私钥生成完成',
  'run.holderActions.notYet': '尚未点击“开始”',
  'run.holderActions.rejectedBy': '拒绝者：{names}（演练：依据模拟持有者在“持有者手机”界面上的回应）。',
  'run.holderActions.notReported':
    'Cobo 的接口不会报告哪些持有者已点击“开始”。请与现场的每位持有者确认其已点击，并保持 Cobo Guard 或 Portal Mobile 打开，直到私钥生成完成。',
  'run.holderActions.title': '仅限演练：每位模拟持有者已执行的操作',
  'run.holderActions.realOrg': '真实的 Cobo 团队不会报告此信息；届时请逐一询问持有者。',
} as const satisfies Area<typeof en>;
