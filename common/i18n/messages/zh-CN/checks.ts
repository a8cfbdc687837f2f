/** What main's checks report: the pre-flight checks, the connection test, the report's checks. */
import type { Area } from '../area';
import type { checks as en } from '../en/checks';

export const checks = {
  'checks.file.tooLarge': '该文件大于 {kib} KiB：私钥分片文件只有几 KiB。请确认这是持有者导出的文件。',
  'checks.file.notJson': '该文件不是 JSON：可能已被截断，或不是私钥分片文件。请让持有者重新导出。',
  'checks.file.noGroup': '该文件中没有任何恢复组。',
  'checks.file.otherKeysFile':
    '该文件中没有恢复组 {groupId}：这是另一个私钥的文件（{held}）。请向持有者索取此私钥的文件。',
  'checks.file.whichGroup':
    '该文件包含 {count} 个恢复组（{held}），其中没有一个能单独声明预期的根扩展公钥：请指明该私钥的组 ID。',
  'checks.file.groupMalformed':
    '文件中的第 {n} 个恢复组：{where} {what}。该文件可能已被编辑或损坏：请让持有者重新导出。',
  'checks.file.notAsCobo': '与 Cobo 写入的格式不符',
  'checks.file.kdfHash':
    '该文件的密钥派生使用了编号为 {hash} 的哈希算法，Cobo 的文件不使用此算法。该文件可能已被编辑：请让持有者重新导出。',
  'checks.file.passwordShort': '密码短于 8 个字符：Cobo 要求至少 8 个字符。请输入导出此文件时设置的密码。',
  'checks.file.passwordWrong':
    '该密码无法打开此文件（或文件在导出后被更改过）。请让持有者重新输入；三次尝试失败后，请让其使用新密码重新导出文件。',
  'checks.file.notAShare': '文件已打开，但其中的内容不是 Cobo 所写格式的私钥分片。请让持有者重新导出文件。',
  'checks.file.shareMismatch':
    '此文件中的私钥分片与文件声明的分片公钥不匹配：文件已被更改或损坏。不要依赖它；请让持有者重新导出。',
  'checks.problem.drillNoKey': '请选择要演练其私钥分片文件的私钥。',
  'checks.problem.drillNoShares': '此私钥尚无私钥分片：没有可供演练的私钥分片文件。',
  'checks.problem.vaultUnnamed': '请为新 Vault 命名。',
  'checks.problem.vaultNameTaken': '名为“{name}”的 Vault 已存在；请另选一个名称，以免两者混淆。',
  'checks.connection.sandboxSilent': '本机上的离线沙盒没有应答。',
  'checks.connection.sandboxSilentHint':
    '它运行在应用内部，不涉及网络或代理：请重新启动应用（或“npm run start:browser”）后再次测试。',
  'checks.connection.clockOff': '已连接，但本机时钟与 Cobo 相差 {seconds} 秒；请求将开始失败。',
  'checks.connection.clockOffHint': '请将系统时钟设置为自动同步。',
  'checks.connection.ok': '已连接并通过身份验证。',
  'checks.connection.okHint': '此配置已可用于仪式。',

  'checks.preflight.secretHeld': '系统钥匙串中保存有此配置的 API Secret。',
  'checks.preflight.secretMissing': '钥匙串中缺少 API Secret。',
  'checks.preflight.secretMissingHint': '请解锁钥匙串，或在“配置”页面重新导入 API Secret。',
  'checks.preflight.reachable': 'Cobo 可以连接，并接受此 API Key。',
  'checks.preflight.clockUncomparedOk': '无法比对时钟，但请求已被接受。',
  'checks.preflight.clockUncompared': '无法与 Cobo 的时钟进行比对。',
  'checks.preflight.clockSkew': '本机时钟与 Cobo 相差 {seconds} 秒（上限 {limit} 秒）。',
  'checks.preflight.clockSkewHint': '请将系统时钟设置为自动同步。',
  'checks.preflight.selectionHint': '请返回并更改选择。',
  'checks.preflight.quorum': '持有者：{sentence}',
  'checks.preflight.quorumHint': '请让离线的持有者打开 Cobo Guard（或让节点上线），然后重新运行预检。',
  'checks.preflight.noRequestInProgress': '所选私钥（{group}）上没有进行中的 TSS 请求。',
  'checks.preflight.requestInProgress':
    '所选私钥（{group}）上已有进行中的 TSS 请求：{requests}。在其结束之前，Cobo 会拒绝新的请求。',
  'checks.preflight.openRequest': '{type} {id}（状态 {status}）',
  'checks.preflight.request': '请求',
  'checks.preflight.requestInProgressHint':
    '未发送任何内容。请在发送该请求的仪式中（仪式，进行中的仪式）或在 Cobo Portal 中，将该请求跟进至结束，或在 Cobo 仍允许时取消它；然后重新运行预检。',

  'checks.ready.groups': '所选私钥处于本仪式所需的状态。',
  'checks.ready.retirement': '该私钥可以删除，且已确认将失去的内容。',
  'checks.ready.upgrade': '该签名私钥处于有效状态，可以升级为主控私钥。',
  'checks.ready.vaultCreation': '新 Vault 的名称在本团队中尚未被使用。',
  'checks.ready.offlineDrill': '该私钥持有私钥分片：其持有者的私钥分片文件可以进行演练。',

  'checks.drill.inconsistent': '该文件前后不一致：{problem}。它可能已被修改：请让持有者重新导出。',
  'checks.drill.anotherKey':
    '该文件属于此 Vault 的另一个私钥（其参与方不是 Cobo 所列的此私钥的持有者）：请向持有者索取此私钥的文件。如果此后该私钥已重新分片，该文件已过期，应予以销毁。',
  'checks.drill.otherKey': '该文件与其他文件不属于同一私钥：{problem}。',
  'checks.kit.problem.threshold': '其阈值大于参与方数量',
  'checks.kit.problem.sameField': '有两个参与方的 {field} 相同',
  'checks.kit.problem.noParticipant': '其私钥分片不属于任何参与方',
  'checks.kit.problem.ownEntry': '其私钥分片与其参与方条目不符',
  'checks.kit.problem.fieldDiffers': '其 {field} 与第一个文件的不同：它属于另一个私钥',
  'checks.kit.problem.participantsDiffer': '其参与方与第一个文件的不同：它属于另一个私钥',
  'checks.kit.problem.sameShare':
    '它与之前的某个文件持有同一私钥分片（节点 {node}）：每位持有者应带来自己的文件',
} as const satisfies Area<typeof en>;
