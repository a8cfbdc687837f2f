/** What the boundaries refuse: the IPC contract's and the bridge's schema problems, and Cobo's data without a name. */
import type { Area } from '../area';
import type { boundary as en } from '../en/boundary';

export const boundary = {
  'boundary.issue.at': '字段 {where} {problem}',
  'boundary.issue.whole': '输入{problem}',
  'boundary.issue.invalidType':
    '{expected, select, string {必须是文本} number {必须是数字} int {必须是整数} boolean {必须是“是”或“否”} array {必须是列表} object {必须是对象} null {必须为空值} other {必须是 {expected} 类型}}',
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
  'boundary.issue.unrecognizedKeys': '{count, plural, other {含有此请求不接受的字段：{keys}}}',
  'boundary.issue.invalidValue': '{count, plural, =1 {必须是 {options}} other {必须是 {options} 之一}}',
  'boundary.issue.invalidUnion': '不符合此请求接受的任何一种形式',
  'boundary.issue.invalidKey': '不是可接受的键（{problem}）',
  'boundary.issue.invalidElement': '含有不被接受的值（{problem}）',
  'boundary.issue.notValid': '无效',
  'boundary.issue.controlCharacters': '不得包含控制字符',
  'boundary.issue.invisibleCharacters': '不得包含不可见字符（文字方向控制符或零宽字符）：请重新输入名称',

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
