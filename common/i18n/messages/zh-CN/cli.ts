/** The command line: verify-transcript's frame around the verdict. */
import type { Area } from '../area';
import type { cli as en } from '../en/cli';

export const cli = {
  'cli.verify.usage':
    "用法：npm run verify-transcript -- '<transcript.json>' [--trust '<密钥指纹>']… [--trust-file '<文件>'] [--expect-head '<日志头指纹>'] [--allowed-signers '<文件>'] [--witness-sig '<文件>']… [--require-witnesses '<数量>'] [--lang en|zh-CN]",
  'cli.verify.exitCodes':
    '退出码：0 已验证，且由您信任的密钥签名；1 已损坏或不是记录文件；2 用法错误或读取错误；3 已验证，但由您未指定的密钥签名；4 完整但未结束（没有结束条目）；5 联署的见证人少于 --require-witnesses 的要求',
  'cli.verify.trustFileLine': '第 {line} 行不是密钥指纹（应形如 7K2M-Q9XD-4HTB-W3PA）：“{text}”',
  'cli.verify.cannotRead': '无法读取 {file}：{code}',
  'cli.verify.installationKey': '安装实例密钥指纹：{fingerprint}',
  'cli.verify.journalSigners': '日志条目的安装实例签名密钥：{keys}',
  'cli.verify.thenSeparator': '，之后为 ',
  'cli.verify.andSeparator': '和',
  'cli.verify.trustedThroughHistory': '密钥 {key} 经密钥历史可信：一个您信任的密钥为它的引入签了名。',
  'cli.verify.trustFile': '信任文件 {file}：{problem}',
  'cli.verify.tooLarge': '未通过验证：该文件大于 {megabytes} MB，超过任何记录文件的大小',
  'cli.verify.trusted': '由您信任的密钥签名。',
  'cli.verify.untrusted':
    '但 {keys} {count, plural, other {不是您声明信任的密钥}}，也没有您信任的密钥为其引入签名。不要因为此文件列出了某个密钥就信任它：请通过您信任的渠道向该安装实例的所有者索取其指纹；只有在指纹一致时，才使用 {options} 重新运行。',
  'cli.verify.noPlan':
    "此仪式的计划没有确定见证人的密钥，因此没有可用于核对联署签名的依据：请使用 --allowed-signers '<文件>' 提供允许的签名者。",
  'cli.verify.allowedSignersFile': '允许的签名者文件：{problem}',
  'cli.verify.witnessKeys': '见证人的密钥：{source}；他们签署的日志头：{head}',
  'cli.verify.witnessKeysFromPlan':
    '仪式计划中记入日志的密钥（请将每个密钥与其见证人提供给您的密钥核对：{fingerprints}）',
  'cli.verify.attestedBy': '联署人：{names}',
  'cli.verify.noWitness': '没有见证人',
  'cli.verify.dissentBy': '签署异议者：{names}',
  'cli.verify.notCounted': '未计入：{file}：{reason}',
  'cli.verify.tooFewWitnesses': '联署的见证人（{attested}）少于要求的数量（{required}）。',
} as const satisfies Area<typeof en>;
