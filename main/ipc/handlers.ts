/**
 * The dispatch table: one thin entry per contract channel, each a call into a service.
 */
import { journalledWitnesses } from '../journal/witness-check';
import type { LanguageSetting } from '../settings/language';
import { appInfo } from '../app-info';
import { fitsBoundary } from '../app-error';
import { loadCoboHolders, loadGroups, loadVaults, lookUpHolder } from '../ceremony/cobo-views';
import { verifyTranscript } from '../journal/transcript';
import { createHolderPanel } from '../sandbox/holder-panel';
import type { CeremonyService } from '../ceremony/service';
import type { Records } from '../journal/records';
import type { ProfileService } from '../profiles/service';
import type { Sandbox } from '../sandbox/index';
import type { KeyNameStore } from '../vaults/key-names';
import type { HandlerTable } from './dispatch';
import type { SaveFile } from '../journal/exports';
import { exportCancelled } from '../sandbox/holder-panel';
import type { EventHub } from './event-hub';

/** What the handlers call into; the runtime builds it. */
export interface HandlerServices {
  readonly events: EventHub;
  readonly profiles: ProfileService;
  readonly sandbox: Sandbox | null;
  readonly ceremonies: CeremonyService;
  readonly records: Records;
  readonly keyNames: KeyNameStore;
  readonly language: LanguageSetting;
  /** Where an exported file goes: the officer's choice (desktop) or the exports folder. */
  readonly saveFile: SaveFile;
}

/** A transcript's verdict as the Verify screen shows it. */
async function verifyForPage(records: HandlerServices['records'], content: string, expectHead?: string) {
  const full = verifyTranscript(content, expectHead);
  const { journalSigners, entriesAfterExpectedHead: _after, keyHistory: _keys, entries, ...verdict } = full;
  // The witnesses' co-signatures the record carries, checked against the plan it journalled.
  const witnesses = verdict.ok ? journalledWitnesses(entries, verdict.head ?? '') : null;
  return {
    ...verdict,
    // The summary and problem as message keys, for the page to say in its language (issue #32); a
    // sentence a crafted file made too large to cross is left out, and the page shows main's English.
    said: full.said && fitsBoundary(full.said) ? full.said : undefined,
    problemSaid: full.problemSaid && !fitsBoundary(full.problemSaid) ? undefined : full.problemSaid,
    witnesses,
    ...(await records.owner(verdict.fingerprint, ...journalSigners)),
  };
}

export function createHandlers({
  profiles,
  sandbox,
  events,
  ceremonies,
  records,
  keyNames,
  language,
  saveFile,
}: HandlerServices): HandlerTable {
  const panel = createHolderPanel(sandbox);
  // A ceremony start-up left for later (one that is over) is loaded before any channel reads it.
  const loaded =
    <I extends { id: string }, O>(run: (input: I) => O) =>
    async (input: I): Promise<Awaited<O>> => {
      await ceremonies.ensure(input.id);
      return await run(input);
    };
  const changed = <T>(value: T) => {
    events.emit('app.changed', { topic: 'sandbox' });
    return value;
  };
  return {
    'app.info': (_input, context) => appInfo(context.frontEnd),
    'app.language': () => language.get(),
    'app.setLanguage': ({ locale }) => language.set(locale),
    'profiles.list': () => profiles.list(),
    'profiles.import': (input) => profiles.importSecret(input),
    'profiles.generate': (input) => profiles.generate(input),
    'profiles.rename': (input) => profiles.rename(input),
    'profiles.setOfficer': (input) => profiles.setOfficer(input),
    'profiles.delete': (input) => profiles.delete(input),
    'profiles.testConnection': (input) => profiles.testConnection(input),
    'sandbox.holders': () => panel.holders(),
    'sandbox.decide': async (input) => changed(await panel.decide(input)),
    'sandbox.setOnline': async (input) => changed(await panel.setOnline(input)),
    'sandbox.losePhone': async (input) => changed(await panel.losePhone(input)),
    'sandbox.restoreFromBackup': async (input) => changed(await panel.restoreFromBackup(input)),
    'sandbox.unfreeze': async (input) => changed(await panel.unfreeze(input)),
    'sandbox.setAdminApproval': async (input) => changed(await panel.setAdminApproval(input)),
    'sandbox.approveAsAdmins': async (input) => changed(await panel.approveAsAdmins(input)),
    'sandbox.setVaultAdvanced': async (input) => changed(await panel.setVaultAdvanced(input)),
    'sandbox.setManualApproval': async (input) => changed(await panel.setManualApproval(input)),
    'sandbox.exportRecoveryFile': async (input) => {
      const file = await panel.exportRecoveryFile(input);
      const saved = await saveFile(file.fileName, file.content);
      if (!saved) throw exportCancelled();
      return { path: saved, groups: file.groups };
    },
    'cobo.vaults': async ({ profileId }) => ({
      vaults: await loadVaults(await profiles.clientFor(profileId)),
    }),
    'cobo.groups': async ({ profileId, vaultId }) => {
      const client = await profiles.clientFor(profileId);
      const [data, cobo] = await Promise.all([loadGroups(client, vaultId), loadCoboHolders(client)]);
      return { ...data, cobo };
    },
    'cobo.holder': async ({ profileId, vaultId, tssNodeId }) => ({
      holder: await lookUpHolder(await profiles.clientFor(profileId), vaultId, tssNodeId),
    }),
    'sandbox.startFresh': async (input) => changed(await panel.startFresh(input)),
    'sandbox.requestActions': (input) => panel.requestActions(input),
    'ceremony.list': async ({ historyLimit }) => ({
      ...(await ceremonies.list(historyLimit)),
      damaged: ceremonies.damaged(),
      recordIndex: ceremonies.indexProblem(),
      recordIndexSaid: ceremonies.indexProblemSaid(),
    }),
    'ceremony.start': ({ kind, profileId }) => ceremonies.start(kind, profileId),
    'ceremony.get': loaded(({ id }) => ceremonies.get(id)),
    'ceremony.select': loaded(({ id, selection }) => ceremonies.select(id, selection)),
    'ceremony.tick': loaded(({ id, item }) => ceremonies.tick(id, item)),
    'ceremony.checkIn': loaded(({ id, tssNodeId, name }) => ceremonies.checkIn(id, tssNodeId, name)),
    'ceremony.setWitnesses': loaded(({ id, witnesses }) => ceremonies.setWitnesses(id, witnesses)),
    'ceremony.preflight': loaded(({ id }) => ceremonies.preflight(id)),
    'ceremony.review': loaded(({ id }) => ceremonies.review(id)),
    'ceremony.submit': loaded(({ id, confirmVaultName }) => ceremonies.submit(id, confirmVaultName)),
    'ceremony.reconcile': loaded(({ id }) => ceremonies.reconcile(id)),
    'ceremony.cancelRequest': loaded(({ id }) => ceremonies.cancelRequest(id)),
    'ceremony.recordComparison': loaded(({ id }) => ceremonies.recordComparison(id)),
    'ceremony.drillFile': loaded(({ id, fileName, content, password }) =>
      ceremonies.drillFile(id, fileName, content, password),
    ),
    'ceremony.drillConclude': loaded(({ id }) => ceremonies.drillConclude(id)),
    'ceremony.scriptPrinted': loaded(({ id, sheet }) => ceremonies.scriptPrinted(id, sheet)),
    'ceremony.recordException': loaded(({ id, exception }) => ceremonies.recordException(id, exception)),
    'ceremony.setWitnessSigners': loaded(({ id, allowedSigners }) =>
      ceremonies.setWitnessSigners(id, allowedSigners),
    ),
    'ceremony.attest': loaded(({ id, signature }) => ceremonies.attest(id, signature)),
    'ceremony.confirmBackup': loaded(({ id, tssNodeId, name }) =>
      ceremonies.confirmBackup(id, tssNodeId, name),
    ),
    'ceremony.close': loaded(({ id }) => ceremonies.close(id)),
    'ceremony.abandon': loaded(({ id, instead }) => ceremonies.abandon(id, instead)),
    'transcript.export': loaded(({ id }) => records.exportTranscript(id)),
    'transcript.verify': ({ content, expectHead }) => verifyForPage(records, content, expectHead),
    'report.savePdf': loaded(({ id, locale }) => records.saveReportPdf(id, locale)),
    'ceremony.journalHead': loaded(({ id }) => ceremonies.journalHead(id)),
    'keys.names': async () => ({ names: await keyNames.list() }),
    'keys.rename': async ({ groupId, name }) => ({ names: await keyNames.rename(groupId, name) }),
    'ceremony.journal': loaded(({ id }) => ({
      entries: ceremonies.journal(id).map(({ seq, at, kind, data }) => ({ seq, at, kind, data })),
    })),
    'app.installationKey': () => records.installationKey(),
    'app.keyHistory': () => records.keyHistory(),
    'app.replaceInstallationKey': (request) => records.replaceInstallationKey(request),
  };
}
