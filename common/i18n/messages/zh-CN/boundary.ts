/** What the boundaries refuse: the IPC contract's and the bridge's schema problems, and Cobo's data without a name. */
import type { Area } from '../area';
import type { boundary as en } from '../en/boundary';

export const boundary = {
  'boundary.issue.at': '字段 {where} {problem}',
  'boundary.issue.whole': '输入{problem}',
  'boundary.issue.wholeAnswer': '应答{problem}',
  'boundary.issue.wholeFile': '文件{problem}',
  'boundary.issue.invalidType':
    '{expected, select, string {必须是文本} number {必须是数字} int {必须是整数} boolean {必须是布尔值} array {必须是列表} object {必须是对象} null {必须为空值} other {必须是 {expected} 类型}}',
  'boundary.issue.tooBig':
    '{origin, select, string {不得超过 {maximum} 个字符} array {不得超过 {maximum} 项} other {不得大于 {maximum}}}',
  'boundary.issue.tooBigExclusive': '必须小于 {maximum}',
  'boundary.issue.tooSmall':
    '{origin, select, string {{minimum, plural, =1 {不得为空} other {至少须有 # 个字符}}} array {{minimum, plural, =1 {不得为空} other {至少须有 # 项}}} other {不得小于 {minimum}}}',
  'boundary.issue.tooSmallExclusive': '必须大于 {minimum}',
  'boundary.issue.exactSize':
    '{origin, select, string {必须正好是 {size} 个字符} array {必须正好有 {size} 项} other {必须正好是 {size}}}',
  'boundary.issue.invalidFormat':
    '{format, select, uuid {必须是有效的唯一 ID} guid {必须是有效的唯一 ID} regex {格式不符合要求} url {必须是网址} email {必须是电子邮件地址} other {不是有效的 {format}}}',
  'boundary.issue.notMultipleOf': '必须是 {divisor} 的倍数',
  'boundary.issue.unrecognizedKeys': '{count, plural, other {含有此处不应有的字段：{keys}}}',
  'boundary.issue.invalidValue': '{count, plural, =1 {必须是 {options}} other {必须是 {options} 之一}}',
  'boundary.issue.invalidUnion': '不符合此处应有的任何一种形式',
  'boundary.issue.invalidKey': '不是可接受的键（{problem}）',
  'boundary.issue.invalidElement': '含有不被接受的值（{problem}）',
  'boundary.issue.andMore': '{list}等，另有 {count} 个',
  'boundary.issue.notValid': '无效',
  'boundary.issue.controlCharacters': '不得包含控制字符',
  'boundary.issue.invisibleCharacters': '不得包含不可见字符（文字方向控制符或零宽字符）：请重新输入名称',

  'boundary.recoveryFile.theGroup': '该恢复组',
  'boundary.recoveryFile.hex': '必须是以 0x 开头的十六进制数',
  'boundary.recoveryFile.hexEven': '十六进制数字的位数必须为偶数',
  'boundary.recoveryFile.shareId': '必须是以十进制数字书写的整数',
  'boundary.recoveryFile.empty': '为空',
  'boundary.recoveryFile.kdfLength': '必须是 16、24 或 32 字节',
  'boundary.recoveryFile.iterations': '超过 10,000,000：数值不合理，已拒绝',
  'boundary.recoveryFile.groupType': '必须是 1（ECDSA-TSS）或 2（EdDSA-TSS）',
  'boundary.recoveryFile.curve': '必须是 secp256k1 或 ed25519',
  'boundary.recoveryFile.base64': '必须是标准 base64 编码',
  'boundary.recoveryFile.base64Padded': '必须是带填充的标准 base64 编码',
  'boundary.recoveryFile.tooShort': '太短，无法容纳随机数、私钥分片和认证标签',
  'boundary.recoveryFile.versionNewer': '比本应用所知的版本更新（应为 1 到 3）',

  'boundary.cobo.body.groupUpgrade': '私钥升级请求',
  'boundary.cobo.body.newVault': '创建新 Vault 的请求',
  'boundary.cobo.body.newGroup': '创建新私钥的请求',
  'boundary.cobo.body.tssRequest': 'TSS 请求',
  'boundary.cobo.notOffered': 'Cobo 不提供阈值 {threshold}/{participants}；请使用 2/2、2/3 或 3/3',
  'boundary.cobo.holdersCount':
    '该私钥有 {participants} 个参与方：Cobo 的节点和团队的 {others} 个，但列出了 {listed} 个{coboListed, select, yes {（含 Cobo 的）} other {}}',
  'boundary.cobo.recoveryListsCobo':
    '恢复私钥须列出 Cobo 的私钥分片持有者一次：不含 Cobo 私钥分片的恢复已不再提供',
  'boundary.cobo.coboAddsItself': 'Cobo 会自行添加其私钥分片持有者；请勿列出',
  'boundary.cobo.nodeTwice': '同一个 TSS Node 出现了两次',
  'boundary.cobo.projectNeeded': '{vaultType} 类型的 Vault 需要指定其项目',
  'boundary.cobo.keyGenNoSource': 'KeyGen 会生成新的私钥，不接受来源私钥',
  'boundary.cobo.needsSource': '{type} 需要一个来源私钥',
  'boundary.cobo.sourceIsTarget': '来源私钥与目标私钥必须不同',

  'boundary.bridge.notSent': '请求未发送：{issue}。',
  'boundary.bridge.notSentHint': '请更正标出的值后重试。',
  'boundary.bridge.unreachable': '应用无法连接其主进程。',
  'boundary.bridge.unreachableHint': '请重新启动 Key Ceremony。如果问题持续，请报告并注明发生的时间。',
  'boundary.bridge.unexpectedForm': '主进程的应答格式出乎意料。',
  'boundary.bridge.offContract': '主进程应答的数据与约定的格式不符。',
  'boundary.bridge.restartAndReport': '请重新启动 Key Ceremony，并将此情况报告给管理员。',

  'boundary.cobo.unnamedHolder': '未命名的持有者',
  'boundary.cobo.unnamedVault': '未命名的 Vault',

  'boundary.journal.environment': '{name}（{code}）',
} as const satisfies Area<typeof en>;
