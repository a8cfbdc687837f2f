/**
 * The Simplified Chinese catalogue (issue #32), in the terms of Cobo's own Chinese manual where it
 * has them (docs/glossary-zh-CN.md). Product names, environments' names, ids and fingerprints stay as
 * they are.
 */
import type { Catalogue } from '../translate';

export const zhCN = {
  'shell.skipToContent': '跳到主要内容',
  'shell.browserHostNote': '浏览器主机 · 仅限离线沙盒',
  'shell.sessionEnded.title': '此标签页的会话已结束：打开此页面后，Key Ceremony 已重新启动。',
  'shell.sessionEnded.hint':
    '请打开“npm run start:browser”启动时打印的新链接；此标签页无法再使用。没有任何内容丢失：所有仪式均已保存，并将从中断处继续。',
  'shell.connectionLost.title': 'Key Ceremony 的主进程没有响应：此页面显示的内容可能已过时。',
  'shell.connectionLost.hint':
    '您现在在此处的任何操作都无法送达主进程。请重新启动应用（npm run start:browser）并打开它打印的新链接；所有仪式均已保存，并将从中断处继续。',
  'shell.loading': '加载中…',
  'nav.label': '主菜单',
  'nav.ceremonies': '仪式',
  'nav.profiles': '配置',
  'nav.history': '历史记录',
  'nav.verify': '验证记录文件',
  'nav.holders': '持有者手机',
  'nav.about': '关于',
  'about.title': '关于 {name}',
  'about.version': '版本',
  'about.commit': '提交',
  'about.runningAs': '运行方式',
  'about.desktopApp': '桌面应用',
  'about.browserHost': '浏览器主机（仅限离线沙盒）',
  'about.electronNotUsed': '未使用（浏览器主机）',
  'about.chromiumIsBrowser': '您正在使用的浏览器',
  'about.environments': '环境',
  'about.language.title': '语言',
  'about.language.intro': '界面语言，按本次安装保存。尚未翻译的界面仍显示英文。',
  'about.language.label': '界面语言',
  'about.language.system': '跟随系统（{name}）',
  'about.language.chosen': '已选择：{name}。界面将从现在起使用该语言。',
  'about.language.following': '跟随系统：{name}。',
  'record.damagedTranscriptAdvice':
    '应对方法：不要依赖此记录文件中的任何内容。请保持文件原样，向执行该仪式的安装实例索取新导出的记录文件并进行检查，将日志头与见证人签字单进行核对，并携带此文件及上述位置报告给您的安全团队。',
  'record.damagedRecordAdvice':
    '应对方法：保持数据文件夹原样（不要更改其中任何内容），为安全团队导出标记为已损坏的记录文件，将其日志头与见证人签字单进行核对，并附上上述位置进行报告。不要根据此记录重复执行该仪式。',
  'verify.title': '验证记录文件',
  'verify.lead': '检查仪式记录文件的签名、哈希链和文件头。任何内容都不会离开这台计算机。',
  'verify.ownKey': '本次安装的记录文件签名密钥指纹：',
  'verify.expectHead': '仪式中手写记下的日志头（可选）',
  'verify.file': '记录文件（.json）',
  'verify.whereEntry': '位置：日志第 {line} 条',
  'verify.whereKind': '（{kind}）',
  'verify.whereField': '，字段 {field}',
  'verify.whereHeader': '位置：文件头，字段 {field}',
  'verify.incomplete':
    '其中的内容没有被更改，但它没有以仪式的结束条目结尾：要么导出时仪式仍未结束，要么最后的条目被截掉了。请索取已结束仪式的记录文件。',
  'verify.signedByThis': '由本次安装自己的密钥签名。',
  'verify.signedByPrevious': '由本次安装以前的密钥签名（该密钥此后已被替换）。',
  'verify.signedUnattested':
    '由本次安装记录为自己的密钥签名，但没有更早的密钥为其作证（它是在密钥丢失后生成的）：只有当其指纹与提供给审计人员的指纹一致时，它才是真实的。',
  'verify.signedUnknown':
    '由本次安装不认识的密钥签名（{fingerprint}）。只有当该指纹就是签名者提供给您的指纹，并且为其签名的每个密钥都是如此时，它才是真实的；命令行工具（npm run verify-transcript）会逐一列出这些密钥。',
  'verify.witnesses':
    '见证人对结束时日志头 {head} 的联署签名，按其计划中确定的密钥核对：{attested}{dissented}{refused}。这些密钥来自记录自身的计划：只有当每个密钥都是其见证人提供给您的密钥时，才能证明见证人确已签名。',
  'verify.witnessesAttested': '已由 {names} 联署',
  'verify.witnessesNone': '没有见证人联署',
  'verify.witnessesDissented': '；{names} 签署了异议',
  'verify.witnessesRefused': '；未计入：{file}：{reason}',
} as const satisfies Catalogue;
