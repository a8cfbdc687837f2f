/** The list of ceremonies, each kind's steps (titles and intros), the ceremony screen around them. */
import type { Area } from '../area';
import type { ceremonies as en } from '../en/ceremonies';

export const ceremonies = {
  // The steps shared by the ceremonies.
  'ceremonies.step.profile.title': '环境与配置',
  'ceremonies.step.profile.intro': '选择用于签名的配置（API Key）。其环境决定这是一次演练还是正式操作。',
  'ceremonies.step.vault.title': 'Vault',
  'ceremonies.step.vault.intro': '选择 Vault。如果它已有根扩展公钥，会一并显示以供参考。',
  'ceremonies.step.preflight.title': '预检',
  'ceremonies.step.preflight.intro':
    '应用会检查时钟、网络连接、钥匙串和持有者；您勾选现场检查清单。每次勾选都会连同时间一起记录。',
  'ceremonies.step.checkin.title': '持有者签到',
  'ceremonies.step.checkin.intro': '确认每位参与的持有者均已到场并完成身份核验，并填写见证人。',
  'ceremonies.step.checkin.introVaultSetup':
    '填写此步骤的见证人。创建 Vault 时，持有者无需在设备上进行任何操作。',
  'ceremonies.step.review.title': '审核并发送',
  'ceremonies.step.review.intro':
    '阅读将要发送的内容：文字说明以及请求体原文。发送只进行一次；发送后，各项选择即被固定。',
  'ceremonies.step.status.title': '实时状态',
  'ceremonies.step.status.intro':
    '按 Cobo 报告的情况跟踪请求。状态变化时应用会频繁查询，没有变化时则降低查询频率。',
  'ceremonies.step.verify.title': '验证根扩展公钥',
  'ceremonies.step.verify.intro':
    '与持有者一起朗读根扩展公钥，并与 Cobo Portal 在他们各自设备上显示的内容进行比对。',
  'ceremonies.step.verify.skipped': '无需验证：未生成任何私钥。',
  'ceremonies.step.close.title': '结束',
  'ceremonies.step.close.intro': '仪式的结果及其记录。',
  // The steps of one kind.
  'ceremonies.step.newVault.title': '为 Vault 命名',
  'ceremonies.step.newVault.intro':
    '机构钱包 Vault 用于存放团队的 MPC 钱包。请为它取一个不会与其他 Vault 混淆的名称。',
  'ceremonies.step.design.title': '设计私钥分片组',
  'ceremonies.step.design.intro':
    '选择组的类型和规模，然后逐一添加您的持有者：使用持有者在 Cobo Guard（☰ → 我的公钥）或 Portal Mobile（我 › 私钥分片；不是 Portal Mobile 的“我的公钥”，那是身份密钥）中读到的 TSS Node ID，或服务端签名人的 TSS Node 报告的 TSS Node ID。每个新组都包含 Cobo 的节点：Cobo 会将其加入主控私钥和签名私钥，应用会为恢复私钥列出它。',
  'ceremonies.step.keyGenGroups.title': '主控私钥',
  'ceremonies.step.keyGenGroups.intro':
    '选择将持有私钥分片的主控私钥。它必须处于新建状态：KeyGen 只执行一次。',
  'ceremonies.step.fromKeyGroupGroups.title': '私钥分片组与来源节点',
  'ceremonies.step.fromKeyGroupGroups.intro':
    '选择接收私钥分片的组，以及哪些主控私钥节点参与：Cobo 节点，再加上足以达到阈值的其他节点。',
  'ceremonies.step.lostHolder.title': '谁丢失了什么',
  'ceremonies.step.lostHolder.intro': '选择手机（因而其私钥分片）丢失的持有者。应用会显示接下来的流程。',
  'ceremonies.step.recoveryGroups.title': '新的主控私钥与恢复私钥',
  'ceremonies.step.recoveryGroups.intro': '选择新的主控私钥（包含新手机），以及哪些恢复私钥持有者参与。',
  'ceremonies.step.upgrade.title': '签名私钥与当前主控私钥',
  'ceremonies.step.upgrade.intro':
    '选择将升级为主控私钥的有效签名私钥，以及当前主控私钥的处理方式。两种后果都会在您选择之前详细说明。',
  'ceremonies.step.retire.title': '要删除的私钥',
  'ceremonies.step.retire.intro':
    '选择要删除的签名私钥或恢复私钥，并输入其名称以确认。其持有者将不再收到签名请求；如需恢复他们，须重新生成私钥。',
  'ceremonies.step.drillKey.title': '要演练的私钥',
  'ceremonies.step.drillKey.intro':
    '选择持有者所携带私钥分片文件对应的私钥：主控私钥、签名私钥或恢复私钥，任何持有私钥分片的私钥均可。',
  'ceremonies.step.drill.title': '私钥分片文件',
  'ceremonies.step.drill.intro':
    '每位持有者携带自己的私钥分片文件并输入其密码。应用每次只打开一个私钥分片，检查后随即清除；根扩展私钥始终不会被重建。',
  // Where an open ceremony stands, in the list.
  'ceremonies.standing.preparing': '准备中。下一步：{next}',
  'ceremonies.standing.submitting': '正在向 Cobo 发送请求',
  'ceremonies.standing.undecided': '已发送，但尚不清楚 Cobo 是否已收到。下一步：再次检查',
  'ceremonies.standing.tracking': '请求已发送。下一步：跟踪其实时状态',
  'ceremonies.standing.succeeded': '请求已完成。下一步：{next}',
  'ceremonies.standing.cancelled': '已取消。下一步：结束',
  'ceremonies.standing.failed': '未成功。下一步：结束',
  'ceremonies.standing.closed': '已结束',
  'ceremonies.standing.abandoned': '已放弃',
  // The Ceremonies screen.
  'ceremonies.list.loadingCeremony': '正在加载仪式…',
  'ceremonies.list.title': '仪式',
  'ceremonies.list.lead': '选择一个仪式。每个仪式都会逐步引导您完成；在您审核并确认之前，不会发送任何内容。',
  'ceremonies.list.startLabel': '开始仪式',
  'ceremonies.list.start': '开始：{kind}',
  'ceremonies.list.openTitle': '进行中的仪式',
  'ceremonies.list.openItem': '{kind} · {vault} · {environment} · 开始于 {date}',
  'ceremonies.list.noVault': '尚未选择 Vault',
  'ceremonies.list.resume': '继续',
  // One ceremony's screen.
  'ceremonies.head.back': '← 所有仪式',
  'ceremonies.rail.label': '仪式步骤',
  'ceremonies.rail.skipped': '（已跳过）',
  'ceremonies.rail.complete': '（已完成）',
  'ceremonies.rail.locked': '（未解锁）',
  'ceremonies.sheet.label': '执行单',
  'ceremonies.sheet.back': '← 返回仪式',
  'ceremonies.sheet.print': '打印执行单',
  'ceremonies.sheet.open': '执行单：打印此仪式的脚本…',
  'ceremonies.profile.chosen': '配置“{name}”（{environment}），API Key 指纹 {fingerprint}。',
  'ceremonies.continueTo': '继续：{step} →',
  'ceremonies.abandon.label': '放弃此仪式',
  'ceremonies.abandon.question':
    '放弃此仪式？将不再为其发送任何内容，且无法继续；其记录会保留迄今完成的所有内容。',
  'ceremonies.abandon.confirm': '是，放弃',
  'ceremonies.abandon.keep': '保留',
  'ceremonies.next.forVault': '（用于 {name}）',
  'ceremonies.next.forThisVault': '“{name}”的下一步：{why}',
  'ceremonies.newMainKey': '设置新的主控私钥',
  // The environment, on every screen of a ceremony.
  'ceremonies.env.sandbox': '离线沙盒',
  'ceremonies.env.development': 'Cobo 开发环境',
  'ceremonies.env.production': 'Cobo 生产环境',
  'ceremonies.env.sandboxDescription':
    '本应用内、仅在这台计算机上运行的 Cobo 兼容服务器。用于演练：没有真实的私钥，不联网。',
  'ceremonies.env.developmentDescription': 'Cobo 的开发环境。需要在开发环境的 Cobo Portal 中注册的 API Key。',
  'ceremonies.env.productionDescription': '真实的 Vault 和真实的私钥。此处的每个请求都会永久改变您的团队。',
  'ceremonies.env.bannerProduction':
    'Cobo 生产环境 — 真实的 Vault，真实的私钥。每个请求都会永久改变您的团队。',
  'ceremonies.env.bannerDevelopment': 'Cobo 开发环境',
  'ceremonies.env.bannerSandbox': '演练 — 本机上的离线沙盒。没有真实的私钥。',
  // Rehearsal: start the sandbox over.
  'ceremonies.fresh.startFresh': '从全新的团队开始…',
  'ceremonies.fresh.startLegacy': '从 2025 年 10 月之前设置的团队开始…',
  'ceremonies.fresh.freshMeaning':
    '沙盒会清除其私钥分片组、请求和私钥，并从真实团队的起点开始：下方的手机和服务端签名人已经存在，但在它们加入某个组之前，Cobo 不会列出其中任何一个。设计私钥分片组时，请输入它们的 TSS Node ID（见下方）。',
  'ceremonies.fresh.keepVault': '保留一个空的 Vault（否则也演练创建 Vault）',
  'ceremonies.fresh.legacyMeaning':
    '沙盒会清除其私钥分片组、请求和私钥，并从一个在 Cobo 2025 年 10 月规则之前设置的团队开始：Vault“{vault}”，包含一个 2/3 的主控私钥（Cobo、{alice}、{bilal}），一个与 {bilal} 共用节点的 2/3 签名私钥，以及一个由 {chen} 和 {dana} 组成、不含 Cobo 节点的恢复私钥，每个都在等待各自的仪式。当时创建的私钥保持原有结构并可正常使用；所有新私钥都遵循现行规则。',
  'ceremonies.fresh.confirmFresh': '从全新的团队开始',
  'ceremonies.fresh.confirmLegacy': '从 2025 年 10 月之前设置的团队开始',
  'ceremonies.fresh.keep': '保留当前状态',
  // Shared notices.
  'ceremonies.screenFailed.title': '无法打开此界面。',
  'ceremonies.screenFailed.hint':
    '无法从 Key Ceremony 的主进程加载应用的这一部分，或在显示时出错。没有发送或更改任何内容。如果顶部提示主进程没有响应，请重新启动应用并打开新链接；否则请从菜单中重新选择此界面。',
  'ceremonies.secretMissing':
    '系统钥匙串中已不再保存其 API Secret，因此它无法签署任何内容。请在“配置”界面重新导入该 API Secret（作为使用同一 API Key 的新配置）并删除此配置，或使用其他配置。',
  'ceremonies.verdict.notYet': '此选择尚不能发送：',
} as const satisfies Area<typeof en>;
