/** The sentences main sends to the page as data: Cobo's omissions, the drill's and the verifier's verdicts. */
import type { Area } from '../area';
import type { verdicts as en } from '../en/verdicts';

export const verdicts = {
  'verdicts.lines': '{first}\n{rest}',
  'verdicts.cobo.holderNoNodeId': 'Cobo 尚未列出此持有者的 TSS Node ID（其手机可能尚未激活）。',
  'verdicts.cobo.vaultNoId': 'Cobo 发来的此 Vault 缺少 ID。',
  'verdicts.cobo.groupNoId': 'Cobo 发来的此私钥分片组缺少 ID。',
  'verdicts.cobo.groupNoType': 'Cobo 没有说明此私钥分片组的类型。',
  'verdicts.cobo.groupNoStatus': 'Cobo 没有报告此私钥分片组的状态。',
  'verdicts.kit.nothing': '没有任何文件能够完成检查：什么也没有得到证明。',
  'verdicts.kit.count': '{participants} 份私钥分片中已证明 {proven} 份',
  'verdicts.kit.countOn': '{day}，{participants} 份私钥分片中已证明 {proven} 份',
  'verdicts.kit.day': '{y}年{m}月{d}日',
  'verdicts.kit.failed': '{count}（阈值 {threshold}）',
  'verdicts.kit.notProvenFile': '未证明：{file}：{message}',
  'verdicts.kit.notProven': '未证明：{problem}。',
  'verdicts.kit.notOnePolynomial':
    '私钥分片公钥不在同一个多项式上：其中某些达到阈值的组合会得出另一个根扩展公钥',
  'verdicts.kit.declaredNotGiven': '文件声明的根扩展公钥与其私钥分片公钥得出的不一致',
  'verdicts.kit.notRecorded': '私钥分片公钥得出的根扩展公钥与该 Vault 记录的根扩展公钥不一致',
  'verdicts.kit.tooFew':
    '{count}：少于阈值 {threshold}，仅凭这些文件无法重建该私钥。请让其他持有者带来各自的私钥分片文件。',
  'verdicts.kit.unanchored':
    '{count}；它们能重建文件声明的根扩展公钥，但没有提供已记录的根扩展公钥与之比对。',
  'verdicts.kit.proven': '{count}；根扩展公钥与该 Vault 记录的根扩展公钥一致。',
  'verdicts.entry.problem': '{place}{kind}{field}：{reason}',
  'verdicts.entry.record': '记录',
  'verdicts.entry.line': '第 {line} 条',
  'verdicts.entry.kind': '（{kind}）',
  'verdicts.entry.field': '，字段 {field}',
  'verdicts.entry.notAnEntry': '不是有效的日志条目',
  'verdicts.entry.notWritten': '该行不是应用写入条目的格式（被重新排版，或有重复的键）',
  'verdicts.entry.seq': '序号为 {seq}，而应为 {expected}（有条目被删除、插入或移动）',
  'verdicts.entry.prev': '未与前一条目相链接（此条目或前一条目被编辑过）',
  'verdicts.entry.firstSigner': '第一条目没有指明有效的日志签名密钥',
  'verdicts.entry.newSigner': '密钥替换条目没有指明有效的新密钥',
  'verdicts.entry.sig': '签名不匹配：该条目在写入后被更改，或并非用安装实例密钥写入',
  'verdicts.record.whole': '仪式的记录：{reason}',
  'verdicts.record.journal': '日志{where}',
  'verdicts.record.damaged':
    '{what}。这些文件在应用之外被更改过；请保持原样，导出该记录（它会被标记为已损坏），并报告给您的安全团队。',
  'verdicts.transcript.notVerified': '未通过验证：{problem}',
  'verdicts.transcript.incomplete': '不完整：{problem}',
  'verdicts.transcript.tooLarge': '文件大于 {megabytes} 兆字节，超过任何记录文件的大小',
  'verdicts.transcript.protoMember': '文件含有“{member}”成员，而记录文件不会有此成员',
  'verdicts.transcript.notJson': '文件不是 {format} 格式',
  'verdicts.transcript.noHeader':
    '此文件不是 Key Ceremony 的记录文件（它没有记录文件头）：请选择在“历史记录”中通过“导出已签名的记录文件”保存的 .transcript.json 文件',
  'verdicts.transcript.otherFormat':
    '此记录文件的格式为 {format}，此版本的 Key Ceremony 无法读取；请用写入它的版本验证，或重新导出',
  'verdicts.transcript.notTranscript': '文件不是 Key Ceremony 的记录文件（{issues}）',
  'verdicts.transcript.notExact':
    '文件与 Key Ceremony 写入时不完全一致（有重复的键，或内容被重新排版或编辑；即使只更改了换行符也算）',
  'verdicts.transcript.journalAt': '日志{where}',
  'verdicts.transcript.noEntries': '日志中没有条目',
  'verdicts.transcript.manyRequests': '日志记录了不止一个 TSS 请求',
  'verdicts.transcript.headerDiffers': '文件头的 {name} 为 {header}，但{where}记录的是 {journal}',
  'verdicts.transcript.headerWhereEntry': '日志第 {line} 条（{kind}）',
  'verdicts.transcript.headerWhereJournal': '日志',
  'verdicts.transcript.fingerprintMismatch': '文件头中的安装实例密钥指纹与其公钥不匹配',
  'verdicts.transcript.signatureMismatch': '签名不匹配：记录文件在签名后被更改过，或由另一个密钥签名',
  'verdicts.transcript.exportedDamaged': '应用导出此记录时已将其标记为已损坏：{damage}',
  'verdicts.transcript.rewritten':
    '日志头为 {head}，而日志的任何条目都不曾有仪式中手写记下的日志头 {expected}：该记录被重写过',
  'verdicts.transcript.signedBy': '由安装实例密钥 {fingerprint} 签名',
  'verdicts.transcript.entriesSignedBy': '条目由安装实例密钥 {keys} 签名，记录文件由 {fingerprint} 签名',
  'verdicts.transcript.then': '{first}，然后是 {next}',
  'verdicts.transcript.notClosed':
    '日志的 {entries} 条条目完好，且{signers}，但它没有结束条目：导出时仪式仍未结束，或其末尾的条目被截掉了',
  'verdicts.transcript.verified':
    '已通过验证：{kind}，{environment}，Vault {vault}，结果 {outcome}；日志共 {entries} 条条目，均已签名并链接，已结束，{closed}{written}；{signers}。请将指纹与安装实例所有者提供给您的指纹进行比对。',
  'verdicts.transcript.open': '未结束',
  'verdicts.transcript.head': '日志头 {head}',
  'verdicts.transcript.headAtClose':
    '结束时的日志头 {closing}，其后有 {count} 个见证人联署签名（当前日志头 {head}）',
  'verdicts.transcript.headIsLast': '；仪式中手写记下的日志头就是其最后的日志头',
  'verdicts.transcript.headBehind':
    '；仪式中手写记下的日志头是日志第 {entry} 条之后的日志头，其后又有 {after} 条条目（{kinds}）',
  'verdicts.witness.at': '日志第 {line} 条（{kind}）：{problem}',
  'verdicts.witness.planUnreadable': '无法读取计划中见证人的密钥：{reason}',
  'verdicts.witness.beforeClose': '有联署签名记入日志的位置在仪式的结束条目之前',
  'verdicts.witness.noPlan': '有联署签名记入日志，但计划没有确定见证人的密钥',
  'verdicts.witness.notForm': '该联署签名条目不是应用写入的格式',
  'verdicts.witness.otherHead': '它指明的日志头为 {head}，而不是结束时的日志头 {closing}',
  'verdicts.witness.notVerified': '其签名无法用计划中的密钥验证：{reason}',
  'verdicts.witness.otherWitness': '它指明的见证人或立场与其签名不符',
  'verdicts.witness.twice': '{principal} 联署签名了两次',
} as const satisfies Area<typeof en>;
