/** A damaged or refused record's reasons: record-load, record-index, record-check, the journal's checkpoint, the drill's failure. */
import type { Area } from '../area';
import type { records as en } from '../en/records';

export const records = {
  'records.load.journalEmpty': '日志缺失或为空',
  'records.load.unknownKey': '日志由密钥 {key} 签名，而它不是本安装实例的密钥',
  'records.load.replacedKey': '日志改用了密钥 {key}，而本安装实例此前已替换掉该密钥',
  'records.load.noState': '仪式的状态文件缺失或无法读取',
  'records.load.unreadable': '无法读取',
  'records.load.strangeName':
    '仪式文件夹中有一个文件，其名称不属于任何仪式（{length} 个字符，开头为“{start}”）',
  'records.load.readFailed': '无法读取该记录（{reason}）',
  'records.checkpoint.shorter':
    '日志只有 {entries} 条条目，但此前已记录了 {recorded} 条（其末尾的条目被删除了）',
  'records.checkpoint.otherEntry': '此条目不是仪式上次保存时记录的那一条',
  'records.written.extra': '其后还有本应用未写入的条目',
  'records.written.shorter':
    '日志只有 {entries} 条条目，但本应用已写入了 {written} 条（其末尾的条目被删除了）',
  'records.written.otherEntry': '此条目不是本应用写入的那一条',
  'records.index.keychainUnreadable':
    '无法读取钥匙串，因此无法核对本安装实例的仪式索引；下次启动时会再次核对',
  'records.index.removed': '本安装实例已签名的仪式索引被删除了（钥匙串记得的是版本 {version}）',
  'records.index.altered': '本安装实例的仪式索引被更改过：它并非由本安装实例的密钥签名',
  'records.index.older':
    '本安装实例的仪式索引被替换为较旧的一份（版本 {found}；钥匙串记得的是版本 {version}）：仪式可能已被回滚或删除',
  'records.index.stopsAt':
    '日志止于第 {entries} 条，但本安装实例已签名的索引记录了 {recorded} 条条目：日志被回滚了',
  'records.index.rewritten': '第 {entry} 条不是本安装实例已签名的索引所记录的那一条：日志从该处起被重写了',
  'records.index.deleted': '仪式的文件已被删除；本安装实例已签名的索引记录其日志有 {entries} 条条目',
  'records.state.endsBeforeClosing':
    '状态文件说仪式已结束，但日志在其结束条目之前就终止了（其末尾的条目被删除了）',
  'records.state.stillOpen': '日志已结束，但状态文件说仪式仍未结束',
  'records.state.fact': '状态文件记录的 {name} 为 {state}，但日志记录的是 {journal}',
  'records.state.drill': '状态文件记录的已检查私钥分片文件为 {state}，但日志记录的是 {journal}',
  'records.state.backups': '状态文件记录的已确认备份为 {state}，但日志记录的是 {journal}',
  'records.state.choicesUnreadable': '日志中最后一条选择条目无法读取为仪式的选择',
  'records.state.choice': '状态文件记录的选择 {name} 为 {state}，但日志记录的是 {journal}',
  'records.state.witnessKeys': '状态文件中见证人的密钥与日志在计划中确定的密钥不同',
  'records.state.list': '状态文件记录的 {field} 为 {state}，但日志记录的是 {journal}',
  'records.state.nothing': '（无）',
  'records.keyHistory.unreadable': '密钥历史不是本应用写入的密钥历史（无法读取）',
  'records.keyHistory.empty': '密钥历史为空',
  'records.keyHistory.numbered': '第 {statement} 条声明的编号是 {seq}（有声明被删除、添加或移动了）',
  'records.keyHistory.unchained': '第 {statement} 条声明未链接到它之前的那条声明（其中一条被更改过）',
  'records.keyHistory.replacesOther': '第 {statement} 条声明称它替换的密钥不是前一条声明的密钥',
  'records.keyHistory.reasonOutOfPlace': '第 {statement} 条声明在不该出现的位置给出了原因“{reason}”',
  'records.keyHistory.earlierKeys': '第 {statement} 条声明列出了更早的密钥，而只有第一条声明可以这样做',
  'records.keyHistory.notSigned': '第 {statement} 条声明并非由它引入的密钥签名',
  'records.keyHistory.replacedSignature':
    '第 {statement} 条声明带有它所替换的密钥的签名，但该签名无法通过验证',
  'records.keyHistory.lostYetSigned': '第 {statement} 条声明称它之前的密钥已丢失，但该密钥却为它签了名',
  'records.keyHistory.compromisedUnsigned':
    '第 {statement} 条声明替换了一个被认为已泄露的密钥，却没有该密钥的签名',
  'records.keyHistory.otherKey':
    '密钥历史以密钥 {last} 结尾，但钥匙串中保存的是密钥 {anchor}（历史文件被替换或回滚了）',
  'records.keyHistory.removed': '密钥历史被删除了（钥匙串记得它的最后一条声明）',
  'records.keyHistory.notLast':
    '密钥历史不是本安装实例最后写入的那一份（钥匙串记得的是另一条最后的声明）：它被替换或回滚了',
  'records.failure.cancelled': '请求已取消；未创建任何内容。',
  'records.failure.rootKeysChanged':
    '本次仪式期间 Vault 的根扩展公钥发生了变化。请停止：在 Cobo 支持团队解释原因之前，请勿使用此 Vault。',
  'records.failure.drillCurve': '{curve}：{summary}',
} as const satisfies Area<typeof en>;
