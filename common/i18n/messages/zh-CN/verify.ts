/** The Verify screen. */
import type { Area } from '../area';
import type { verify as en } from '../en/verify';

export const verify = {
  'verify.title': '验证记录文件',
  'verify.signerHow': '{key}：{how}',
  'verify.notOurKey': '不是本安装实例的密钥',
  'verify.lead': '检查仪式记录文件的签名、哈希链和文件头。任何内容都不会离开这台计算机。',
  'verify.ownKey': '本安装实例的记录文件签名密钥指纹：',
  'verify.expectHead': '仪式中手写记下的日志头（可选）',
  'verify.file': '记录文件（.json）',
  'verify.whereEntry': '位置：日志第 {line} 条',
  'verify.whereKind': '（{kind}）',
  'verify.whereField': '，字段 {field}',
  'verify.whereHeader': '位置：文件头，字段 {field}',
  'verify.incomplete':
    '其中的内容没有被更改，但它没有以仪式的结束条目结尾：要么导出时仪式仍未结束，要么最后的条目被截掉了。请索取已结束仪式的记录文件。',
  'verify.signedByThis': '由本安装实例自己的密钥签名。',
  'verify.signedByPrevious': '由本安装实例以前的密钥签名（该密钥此后已被替换）。',
  'verify.signedUnattested':
    '由本安装实例记录为自己的密钥签名，但没有更早的密钥为其作证（它是在密钥丢失后生成的）：只有当其指纹与提供给审计人员的指纹一致时，它才是真实的。',
  'verify.signedUnknown':
    '由本安装实例不认识的密钥签名（{fingerprint}）。只有当该指纹就是签名者提供给您的指纹，并且为其签名的每个密钥都是如此时，它才是真实的；命令行工具（npm run verify-transcript）会逐一列出这些密钥。',
  'verify.witnesses':
    '见证人对结束时日志头 {head} 的联署签名，按其计划中确定的密钥核对：{attested}{dissented}{refused}。这些密钥来自记录自身的计划：只有当每个密钥都是其见证人提供给您的密钥时，才能证明见证人确已签名。',
  'verify.witnessesAttested': '已由 {names} 联署签名',
  'verify.witnessesNone': '没有见证人联署签名',
  'verify.witnessesDissented': '；{names} 签署了异议',
  'verify.witnessesRefused': '；未计入：{file}：{reason}',
} as const satisfies Area<typeof en>;
