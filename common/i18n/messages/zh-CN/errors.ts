/** Main's refusals and failures: what happened, and what to do next. */
import type { Area } from '../area';
import type { errors as en } from '../en/errors';

export const errors = {
  'errors.join.semicolon': '{first}；{rest}',
  'errors.join.space': '{first}{rest}',
  'errors.join.list': '{first}、{rest}',
  'errors.join.none': '{first}{rest}',

  'errors.ceremony.notFound': '该仪式不存在。',
  'errors.ceremony.notFoundHint': '请从仪式列表中重新选择。',
  'errors.ceremony.locked': '此仪式已提交，其选择不能再更改。',
  'errors.ceremony.lockedHint': '请跟进至结束，或开始新的仪式。',
  'errors.ceremony.noVault': '尚未选择 Vault。',
  'errors.ceremony.noVaultHint': '请先选择 Vault。',
  'errors.ceremony.alreadySubmitted': '此仪式已提交。',
  'errors.ceremony.alreadySubmittedHint': '请跟进其状态；请求绝不会发送两次。',
  'errors.ceremony.notReviewed': '发送前请先审核请求。',
  'errors.ceremony.notReviewedHint': '请打开“审核并发送”步骤。',
  'errors.ceremony.confirmationMismatch': '在生产环境中，须准确输入 Vault 名称才能发送请求。',
  'errors.ceremony.confirmationMismatchHint': '请输入“{name}”后重试。未发送任何内容。',
  'errors.ceremony.notReadyToSend': '请求未发送：{problem}',
  'errors.ceremony.notReadyToSendHint': '请返回更正选择，然后重新审核。',
  'errors.ceremony.notReadyForReview': '审核前须：{missing}。',
  'errors.ceremony.notReadyForReviewHint': '请完成前面的步骤，然后重新打开审核。',
  'errors.ceremony.missing.preflight': '通过预检',
  'errors.ceremony.missing.checklist': '勾选每一项检查清单',
  'errors.ceremony.missing.witness': '至少指定一名见证人',
  'errors.ceremony.missing.checkIn': '为 {names} 签到',
  'errors.ceremony.reviewStale': '将要发送的内容与审核时的内容不同。',
  'errors.ceremony.reviewStaleHint': '请重新审核请求，然后再发送。',
  'errors.ceremony.notTheOtherWayBack':
    '“{kind}”不能改为“{instead}”：只有手机丢失后的两种恢复途径（Recovery、将签名私钥升级为主控私钥）可以相互替代。',
  'errors.ceremony.notTheOtherWayBackHint': '未做任何更改。请单独放弃此仪式，再开始另一个仪式。',
  'errors.ceremony.nothingToCheck': '没有结果未知、需要查找的请求。',
  'errors.ceremony.nothingToCheckHint': '无需任何操作。',
  'errors.ceremony.notCancellable': '此请求已无法取消。',
  'errors.ceremony.notCancellableHint': '私钥生成已开始，或请求已结束。',
  'errors.ceremony.noNewKeys': '尚无可比对的新私钥。',
  'errors.ceremony.noNewKeysHint': '请等待请求成功。',
  'errors.ceremony.noBackups': '此仪式未生成新的私钥分片，因此没有需要确认的备份。',
  'errors.ceremony.noBackupsHint': '备份在 KeyGen、KeyGenFromKeyGroup 或 Recovery 请求成功之后进行。',
  'errors.ceremony.notACustodian': '该 TSS Node 不是本仪式已签到的持有者之一，因此无法在此确认其备份。',
  'errors.ceremony.notACustodianHint': '请确认“结束”步骤中所列持有者的备份。',
  'errors.ceremony.notFinished': '仪式尚未结束。',
  'errors.ceremony.notFinishedHint': '请先跟进至结束。',
  'errors.ceremony.rootKeysChanged': '根扩展公钥已改变：请勿确认。',
  'errors.ceremony.rootKeysChangedHint': '请停止操作并联系 Cobo 支持团队。',
  'errors.ceremony.notVerified': '请先记录持有者已将根扩展公钥与其设备进行比对。',
  'errors.ceremony.notVerifiedHint': '请打开“验证根扩展公钥”步骤。',
  'errors.ceremony.notAbandonable': '已提交的仪式须跟进至结束，不能放弃。',
  'errors.ceremony.notAbandonableHint':
    '如果请求仍可取消，请取消它。只有无法再跟进的仪式（其 API Secret 已不在钥匙串中，或其记录文件签名密钥已被替换）才可放弃，其请求将保持待处理状态。',
  'errors.ceremony.outcomeUnknown':
    '请求已发送，但未收到应答，且 Cobo 尚未列出该请求。它可能稍后出现，也可能从未送达。',
  'errors.ceremony.outcomeUnknownHint':
    '暂时不要再次开始相同的仪式。请在一分钟后选择“再次检查”；如果仍未出现，请在 Cobo Portal 中查看，然后放弃此仪式并开始新的仪式。',
  'errors.ceremony.keysUnread': 'Cobo 已完成所请求的操作，但无法读取 Vault 的根扩展公钥以进行核对。',
  'errors.ceremony.keysUnreadHint': '请选择“再次检查”：应用会读取并核对其未改变。不会再次发送任何内容。',
  'errors.ceremony.internal': '应用内部出错。',
  'errors.ceremony.internalHint': '请重试；如果问题持续，请重新启动应用。',
  'errors.ceremony.recordDamaged': '此仪式的记录已损坏，因此应用不会更改它。',
  'errors.ceremony.recordDamagedHint':
    '“历史”会显示问题所在及位置。请导出记录（会标记为已损坏），然后开始新的仪式。',
  'errors.ceremony.noWitnesses': '未指定任何见证人，因此未保存任何内容。',
  'errors.ceremony.noWitnessesHint':
    '请输入现场每位见证人的姓名，每行一位，然后再次保存：仪式至少需要一名见证人。',
  'errors.ceremony.over': '此仪式已结束：不能再记录任何内容。',
  'errors.ceremony.overHint': '请在给审计人员的备注中记录，或在新的仪式中记录。',
  'errors.ceremony.retirementRefused': 'Cobo 未接受删除；该私钥保持不变。',
  'errors.ceremony.retirementRefusedHint': '请在 Cobo Portal 中查看该私钥，然后重新准备审核。',
  'errors.ceremony.drillSendsNothing': '恢复演练不会向 Cobo 发送任何内容。',
  'errors.ceremony.drillSendsNothingHint': '请在演练步骤中检查持有者的私钥分片文件，然后结束演练。',
  'errors.ceremony.notADrill': '此仪式不是恢复演练。',
  'errors.ceremony.notADrillHint': '请打开演练后重试。',
  'errors.ceremony.drillNoKey': '请先在持有私钥分片的私钥中，选择要演练其私钥分片文件的私钥。',
  'errors.ceremony.drillNoKeyHint': '请返回选择私钥的步骤。',
  'errors.ceremony.drillNoFiles': '尚未检查任何私钥分片文件：没有可得出的结论。',
  'errors.ceremony.drillNoFilesHint': '请让每位持有者带来其文件并输入密码，然后得出结论。',

  'errors.witness.unreadable': '无法读取见证人的公钥：{reason}。',
  'errors.witness.unreadableHint':
    '请按“身份 公钥类型 公钥”的格式粘贴每位见证人的一行，例如“alice@example.com ssh-ed25519 AAAA…”（即其公钥文件，前面加上其姓名）。',
  'errors.witness.twice': '见证人的公钥中 {principal} 或其公钥出现了两次。',
  'errors.witness.twiceHint': '请为每位见证人提供一行，使用其本人的公钥。',
  'errors.witness.tooMany': '提供的见证人公钥超过 10 个。',
  'errors.witness.tooManyHint': '最多指定 10 个见证人公钥。',
  'errors.witness.unfit': '某位见证人的一行未写明身份，或其身份或公钥过长（{principal}）。',
  'errors.witness.noPrincipal': '无身份',
  'errors.witness.unfitHint':
    '请为每位见证人提供不超过 200 个字符的姓名或电子邮件，以及不超过 2,000 个字符的公钥（Ed25519 或 ECDSA 公钥可以；很大的 RSA 公钥则不行）。',
  'errors.witness.planFixed': '见证人的公钥已固定：此仪式已开始。',
  'errors.witness.planFixedHint': '公钥不在计划中的见证人仍可在打印的报告上手写签名；请将其记录为例外。',
  'errors.witness.notClosed': '见证人在仪式结束后对日志头联署签名，而仪式尚未结束。',
  'errors.witness.notClosedHint': '请先结束仪式，再让每位见证人对报告打印的日志头签名。',
  'errors.witness.noPlan': '此仪式的计划未指定见证人公钥，因此无法据此核对联署签名。',
  'errors.witness.noPlanHint': '见证人可以在打印的报告上手写签名。下次请在签到时、仪式开始前添加他们的公钥。',
  'errors.witness.signatureRefused': '联署签名被拒绝：{reason}。',
  'errors.witness.signatureRefusedHint':
    '请让见证人使用计划中指定的公钥，按报告打印的内容重新对日志头 {head} 签名，并粘贴从 BEGIN 到 END 的完整签名。',
  'errors.witness.alreadySigned': '{principal} 已对此仪式联署签名。',
  'errors.witness.alreadySignedHint': '每位见证人只签名一次；未添加任何内容。',
  'errors.script.unreadable': '无法记录执行单：其步骤不是应用打印的格式。',
  'errors.script.unreadableHint': '请从仪式中重新打开执行单；如果再次发生，请附上应用日志报告。',

  'errors.journal.signerChanged':
    '此仪式的记录由本安装实例先前的记录文件签名密钥签名，该密钥已被替换，因此仪式无法继续。',
  'errors.journal.signerChangedHint':
    '请放弃它：放弃操作会连同密钥变更一起以新密钥记录，记录仍可读取和导出。剩余的工作请开始新的仪式完成。',
  'errors.installation.keyMissing': '本安装实例的记录文件签名密钥（{fingerprint}）不在系统钥匙串中。',
  'errors.installation.keyMissingHint':
    '如果钥匙串已锁定，请解锁后重试。如果密钥已丢失，请在“关于”页面生成新密钥：之前签名的记录文件仍可验证，新密钥会被记录为在丢失后生成。',
  'errors.installation.keyPresent': '记录文件签名密钥 {fingerprint} 在钥匙串中：它并未丢失。',
  'errors.installation.keyPresentHint':
    '请继续使用它。如果您认为他人持有它，请选择“更换密钥（认为已泄露）”：当前密钥将为其继任者的引入签名。',
  'errors.installation.keyAbsent': '记录文件签名密钥 {fingerprint} 不在钥匙串中，因此无法为新密钥签名。',
  'errors.installation.keyAbsentHint':
    '请选择“生成新密钥（原密钥已丢失）”：新密钥会被记录为在丢失后生成，且须将其指纹重新交给审计人员。',
  'errors.installation.confirmMismatch': '确认内容不匹配，因此记录文件签名密钥未被替换。',
  'errors.installation.confirmMismatchHint': '请输入“{confirmation}”（当前密钥指纹的最后四个字符）以确认。',
  'errors.installation.missingWithDamagedHistory':
    '记录文件签名密钥不在钥匙串中，且记录旁的密钥历史无法读取。',
  'errors.installation.missingWithDamagedHistoryHint':
    '如果钥匙串已锁定，请解锁。否则请保持数据文件夹原样，并报告给您的安全团队：新密钥会掩盖发生的情况。',
  'errors.installation.historyDamaged':
    '密钥历史验证失败（{problem}），因此不会生成新密钥：那会掩盖发生的情况。',
  'errors.installation.historyDamagedHint': '请保持数据文件夹原样，并报告给您的安全团队。',
  'errors.report.printInBrowser': '浏览器主机无法自行将报告保存为 PDF。',
  'errors.report.printInBrowserHint': '请打开报告，使用浏览器的“打印 → 另存为 PDF”；打印的是同一视图。',

  'errors.sandbox.notRunning': '离线沙盒未运行。',
  'errors.sandbox.notRunningHint': '请重新启动应用；沙盒会随之启动。',
  'errors.sandbox.refused': '沙盒拒绝了操作：{reason}。',
  'errors.sandbox.refusedHint': '请重新加载持有者列表后重试。',
  'errors.sandbox.exportCancelled': '私钥分片文件未保存。',
  'errors.sandbox.exportCancelledHint': '请重新导出，并选择保存位置。',
} as const satisfies Area<typeof en>;
