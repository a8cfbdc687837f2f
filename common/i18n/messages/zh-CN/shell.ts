/** The shell: skip link, banners, navigation; About; the damaged-record advice. */
import type { Area } from '../area';
import type { shell as en } from '../en/shell';

export const shell = {
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
  'about.language.intro': '界面语言，按本安装实例保存。尚未翻译的界面仍显示英文。',
  'about.language.label': '界面语言',
  'about.language.system': '跟随系统（{name}）',
  'about.language.chosen': '已选择：{name}。界面将从现在起使用该语言。',
  'about.language.following': '跟随系统：{name}。',
  'record.damagedTranscriptAdvice':
    '应对方法：不要依赖此记录文件中的任何内容。请保持文件原样，向执行该仪式的安装实例索取新导出的记录文件并进行检查，将日志头与见证人签字单进行核对，并携带此文件及上述位置报告给您的安全团队。',
  'record.damagedRecordAdvice':
    '应对方法：保持数据文件夹原样（不要更改其中任何内容），为安全团队导出标记为已损坏的记录文件，将其日志头与见证人签字单进行核对，并附上上述位置进行报告。不要根据此记录重复执行该仪式。',
} as const satisfies Area<typeof en>;
