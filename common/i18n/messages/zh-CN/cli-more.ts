/** The command line beyond verify-transcript: verify-all and verify-recovery-kit. */
import type { Area } from '../area';
import type { cliMore as en } from '../en/cli-more';

export const cliMore = {
  'cliMore.unknownLanguage': '未知语言 {lang}：--lang 可取 en|zh-CN。',

  'cliMore.all.usage':
    "用法：npm run verify-all -- --data-dir '<文件夹>' [--lang en|zh-CN]\n  该文件夹是应用的数据文件夹：即用 --data-dir 交给浏览器主机的文件夹，或桌面应用的数据文件夹\n  （Linux：{linux}，macOS：{mac}，\n  Windows：{windows}）。",
  'cliMore.all.noCeremonies': '{dataDir} 中没有 {folder} 文件夹：它是应用的数据文件夹吗？',
  'cliMore.all.damaged': '已损坏  {id}  {kind}{started}',
  'cliMore.all.unknownKind': '类型未知',
  'cliMore.all.started': '，开始于 {at}',
  'cliMore.all.someDamaged':
    '{total} 份仪式记录中有 {damaged} 份已损坏：请保持这些文件原样，并将其与之前导出的记录文件进行比对。',
  'cliMore.all.allVerified': '全部 {total} 份仪式记录均已完整验证（每个签名都已检查）。',
  'cliMore.all.none': '{dataDir} 中没有仪式记录。',
  'cliMore.all.failed': '全面验证失败：{problem}',

  'cliMore.kit.usage':
    "用法：npm run verify-recovery-kit -- [--expect-root '<xpub 或 cpub>'] [--group-id '<ID>'] [--passwords '<文件>'] [--json] [--lang en|zh-CN] '<私钥分片文件>'…",
  'cliMore.kit.exitCodes':
    '退出码：0 已对照预期的根扩展公钥得到证明；1 某项检查未通过（会指明文件和检查项）；2 用法错误或读取错误；3 已证明，但没有 --expect-root 可供比对；4 文件数少于阈值',
  'cliMore.kit.noFile': '请至少指定一个私钥分片文件。',
  'cliMore.kit.cannotRead': '无法读取文件：{problem}',
  'cliMore.kit.readProblem': '{file}（{code}）',
  'cliMore.kit.unknownOption': '未知选项 {option}。',
  'cliMore.kit.optionValue': '选项 {option} 缺少取值，或不接受取值。',
  'cliMore.kit.fewerPasswords': '密码文件的行数少于私钥分片文件的数量（{count}）：每个文件一行，按顺序排列。',
  'cliMore.kit.passwordFor': '{file} 的密码：',
  'cliMore.kit.noTerminal': "没有可用于询问密码的终端：请使用 --passwords '<文件>'",
  'cliMore.kit.proven': '已证明',
  'cliMore.kit.notProven': '未证明',
  'cliMore.kit.tooFew': '文件不足',
  'cliMore.kit.unanchored': '已证明，但未与预期的根扩展公钥比对',
  'cliMore.kit.key': ' — 组 {groupId}，{curve}，阈值 {threshold}/{participants}',
  'cliMore.kit.fileFailed': '  ✗ {file}（sha256 {sha256}）：{check}检查未通过。{message}',
  'cliMore.kit.filePassed':
    '  ✓ {file}（sha256 {sha256}）：节点 {nodeId}，私钥分片 {shareId}；已通过{passed}检查',
} as const satisfies Area<typeof en>;
