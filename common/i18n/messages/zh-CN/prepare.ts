/** The steps that prepare a ceremony: profile, vault, keys, design, upgrade, deletion, lost phone, drills. */
import type { Area } from '../area';
import type { prepare as en } from '../en/prepare';

export const prepare = {
  'prepare.cannotChoose': '无法选择：{problem}',
  'prepare.selectionOk': '此选择符合本仪式的规则。',
  'prepare.nameSeparator': '、',
  'prepare.profile.heading': '第 1 步：{title}',
  'prepare.profile.none': '目前还没有可用于签名的配置。请在“配置”页面创建或导入一个配置，然后返回此处。',
  'prepare.profile.loneChoice': '已选择唯一可以签名的配置“{name}”。',
  'prepare.profile.startsItself': '仪式将使用唯一可以签名的配置“{name}”在 {environment} 中开始。',
  'prepare.profile.legend': '用于签名的配置',
  'prepare.profile.fingerprint': '指纹 {fingerprint}',
  'prepare.profile.start': '开始仪式',
  'prepare.officer.label': '您作为安全官的姓名（每个配置只询问一次；每个仪式都会记录）',
  'prepare.officer.save': '保存我的姓名',
  'prepare.vault.loading': '正在加载 Vault…',
  'prepare.vault.create': '在单独的仪式中<b>创建 Vault</b>；本仪式保持打开，您可以从仪式列表返回此处。',
  'prepare.vault.createAnother':
    '需要另一个 Vault？在单独的仪式中<b>创建 Vault</b>；本仪式保持打开，您可以从仪式列表返回此处。',
  'prepare.vault.none': '此团队还没有机构钱包类型的 Vault。',
  'prepare.vault.legend': 'Vault',
  'prepare.vault.loneChoice': '已选择团队唯一的 Vault“{name}”。',
  'prepare.vault.hasKeys': '“{name}”已有根扩展公钥：此 Vault 的私钥生成（KeyGen）已完成。',
  'prepare.vault.hasKeysHint':
    '如需为签名私钥或恢复私钥生成私钥分片，请放弃本仪式并启动 KeyGenFromKeyGroup；设备丢失后，请启动恢复仪式。如需生成新的根扩展公钥，请选择或创建另一个 Vault。',
  'prepare.vault.typeAndId': '（{type}，标识 {id}）',
  'prepare.vault.rootKey': '{curve}：{key}…',
  'prepare.vault.noRootKeys': '尚无根扩展公钥。',
  'prepare.newVault.name': 'Vault 名称',
  'prepare.newVault.use': '使用此名称',
  'prepare.newVault.recorded': '已记录：“{name}”，机构钱包。',
  'prepare.groups.targetMain': '主控私钥',
  'prepare.groups.target': '接收私钥分片的私钥',
  'prepare.groups.loneTarget': '已选择唯一等待私钥分片的{group}。',
  'prepare.groups.keyGenDone':
    '此 Vault 已有根扩展公钥，因此没有可为其生成私钥的主控私钥，新建一个也无济于事：Cobo 会拒绝第二次 KeyGen。请放弃本仪式；如需为其他私钥生成私钥分片，请使用 KeyGenFromKeyGroup；设备丢失后，请使用恢复仪式。',
  'prepare.groups.newMainFirst':
    '没有等待私钥分片的新主控私钥（状态为 {status}）。请先创建它：Cobo 加上 {name} 的新手机。完成该创建后将返回此处。',
  'prepare.groups.noTarget':
    '没有等待私钥分片的{groups}（状态为 {status}）。请先通过“{ceremony}”仪式创建一个。',
  'prepare.groups.or': '或',
  'prepare.groups.source': '来源：{group}',
  'prepare.groups.loneSource':
    '已选择此 Vault 唯一的{group}，并按阈值选择了其节点：如有其他节点参与，请在下方更改。',
  'prepare.groups.nodes': '参与的来源 TSS Node（至少 {threshold} 个）',
  'prepare.groups.nodesWithCobo': '参与的来源 TSS Node（至少 {threshold} 个；其中必须包括 Cobo 的节点）',
  'prepare.groups.node': '{name}（{details}）',
  'prepare.groups.nodeProblem': '{name}（{details}）— 无法选择：{problem}',
  'prepare.groups.detailSeparator': '，',
  'prepare.groups.offline': '离线',
  'prepare.design.mainKey': '主控私钥',
  'prepare.design.mainKeyNote': '每个 Vault 一个；私钥生成（KeyGen）后持有私钥。Cobo 会加入自己的节点。',
  'prepare.design.signingKey': '签名私钥',
  'prepare.design.signingKeyNote': '用于签署交易。Cobo 会加入自己的节点。',
  'prepare.design.recoveryKey': '恢复私钥',
  'prepare.design.recoveryKeyNote':
    '在丢失后重新生成主控私钥的私钥分片。Cobo 的节点是其持有者之一：恢复始终需要 Cobo 的私钥分片。',
  'prepare.design.type': '<b>{label}</b> — {note}',
  'prepare.design.typeLegend': '私钥类型',
  'prepare.design.advanced':
    '此 Vault 是高级 MPC Vault（由 Cobo 应申请开通）。标准 Vault 的主控私钥和签名私钥均为 2/2，即 Cobo 加上您的一名持有者；只有高级 MPC Vault 提供其他结构。',
  'prepare.design.threshold': '参与方阈值',
  'prepare.design.coboListed':
    'Cobo 的节点是 {participants} 个参与方之一：自 2025 年 10 月起，恢复始终需要 Cobo 的私钥分片，因此本应用会在请求中列出它；您需添加 {own} 个。',
  'prepare.design.coboListedNamed':
    'Cobo 的节点（{name}，{id}）是 {participants} 个参与方之一：自 2025 年 10 月起，恢复始终需要 Cobo 的私钥分片，因此本应用会在请求中列出它；您需添加 {own} 个。',
  'prepare.design.coboAdds':
    'Cobo 会将自己的节点加入此私钥，并计入 {participants} 个参与方；您需添加 {own} 个。',
  'prepare.design.coboAddsNamed':
    'Cobo 会将自己的节点（{name}，{id}）加入此私钥，并计入 {participants} 个参与方；您需添加 {own} 个。',
  'prepare.design.holders': '您的持有者（已添加 {added} 个，共 {own} 个）',
  'prepare.design.holdersAndSigner': '您的持有者（已添加 {added} 个，共 {own} 个）及指定签名人',
  'prepare.design.unnamed': '未命名',
  'prepare.design.typeAndId': '（{type}）节点 {id}',
  'prepare.design.newPhone': '新手机，替换丢失的手机',
  'prepare.design.signer': '指定签名人<h>：{name}</h>',
  'prepare.design.thirdParty': '属于受托第三方<h>：{name}</h>',
  'prepare.design.remove': '移除',
  'prepare.design.lastRoster':
    '以下持有者曾在此 Vault 上一次未能生成私钥的创建中输入（Cobo 尚未列出他们）：可按原样再次添加，或输入其他持有者。',
  'prepare.design.addAgain': '再次添加 {name}（{type}，{id}）',
  'prepare.design.known': 'Cobo 已为此 Vault 列出的持有者：',
  'prepare.design.add': '添加 {name}（{type}）',
  'prepare.design.addHeld': '添加 {name}（{type}）— 已持有此 Vault 的{key}；每个节点只能属于一个私钥',
  'prepare.design.selfRecovery':
    '自恢复：Cobo 的私钥分片加上您团队的两个私钥分片。如需第三方恢复，请标记属于受托第三方的持有者。',
  'prepare.design.thirdPartyRecovery':
    '第三方恢复：Cobo 的私钥分片、您团队的一个私钥分片，以及上方标记的受托第三方的一个私钥分片。',
  'prepare.design.addNewPhone':
    '{name} 的手机已丢失（Cobo 报告其状态为 {status}）。请在下方添加 {name} 的新手机：填写新手机上 Cobo Guard 显示的 TSS Node ID，名称为 {name}。',
  'prepare.design.ok': '此私钥符合 Cobo 的规则。',
  'prepare.upgrade.legend': '升级为主控私钥的签名私钥',
  'prepare.upgrade.noSigning': '此 Vault 没有签名私钥。',
  'prepare.upgrade.handlingLegend': '当前主控私钥的处理方式',
  'prepare.upgrade.invalidate': '<b>使其失效</b> — {words}',
  'prepare.upgrade.convert': '<b>将其转换为签名私钥</b> — {words}',
  'prepare.retire.legend': '要删除的私钥',
  'prepare.retire.consequence': '{names} 将不再收到此私钥的签名请求；如需恢复他们，需要重新生成私钥。',
  'prepare.retire.withoutRecovery': '我已了解：{consequence}。',
  'prepare.retire.withoutReplacement':
    '我已了解不会有其他签名私钥保持有效：这不是私钥分片交接（交接会先生成新的私钥）。',
  'prepare.retire.typeName': '请输入该私钥的名称“{name}”以确认',
  'prepare.retire.confirm': '确认此私钥',
  'prepare.card.title': '<b>{group}</b> · 阈值 {threshold}/{participants} · <t>{status}</t>',
  'prepare.card.earlierRules':
    '创建于 Cobo 2025 年 10 月规则之前：保留原有结构和持有者，照常使用；新私钥遵循现行规则（标准 Vault 的主控私钥和签名私钥为 2/2，恢复私钥为 2/3 且包含 Cobo 的私钥分片，每个节点只属于一个私钥）。',
  'prepare.card.caption': '此{group}的持有者',
  'prepare.card.holder': '持有者',
  'prepare.card.type': '类型',
  'prepare.card.online': '在线',
  'prepare.card.signer': '签名人',
  'prepare.card.status': '状态',
  'prepare.card.newPhone': '新手机',
  'prepare.card.isOnline': '在线',
  'prepare.card.isOffline': '离线',
  'prepare.card.yes': '是',
  'prepare.card.no': '否',
  'prepare.card.approvals': '批准：{sentence}',
  'prepare.card.all': '全部',
  'prepare.card.any': '任意',
  'prepare.card.signing':
    '之后签名：需该私钥 {participants} 个参与方中的{quantifier} {threshold} 个，计入 Cobo 的节点。',
  'prepare.card.signingNoCobo':
    '之后签名：需该私钥 {participants} 个参与方中的{quantifier} {threshold} 个，其中没有 Cobo 的节点（在 Cobo 2025 年 10 月规则之前创建的私钥）。',
  'prepare.card.recovering':
    '之后恢复：该私钥 {participants} 个参与方中的{quantifier} {threshold} 个可重新生成主控私钥，计入 Cobo 的节点。',
  'prepare.card.recoveringNoCobo':
    '之后恢复：该私钥 {participants} 个参与方中的{quantifier} {threshold} 个可重新生成主控私钥，其中没有 Cobo 的节点（在 Cobo 2025 年 10 月规则之前创建的私钥）。',
} as const satisfies Area<typeof en>;
