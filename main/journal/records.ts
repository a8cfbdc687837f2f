/**
 * The ceremony record leaving the app: a signed JSON transcript, and the printable report as PDF.
 * Files go where the officer chooses and never replace one without asking.
 */
import type { Ceremony } from '../../common/contract';
import { AppError } from '../app-error';
import type { CeremonyService } from '../ceremony/service';
import type { SecretStore } from '../keychain/secret-store';
import type { SaveFile } from './exports';
import { createInstallationKey } from './installation-key';
import { buildTranscript, transcriptText } from './transcript';

export interface RecordsOptions {
  readonly ceremonies: CeremonyService;
  readonly secrets: SecretStore;
  readonly saveFile: SaveFile;
  /** Renders the report view of a ceremony to PDF (Electron's printToPDF); absent in the browser host. */
  readonly printReportPdf?: (ceremonyId: string) => Promise<Uint8Array>;
  /** Where the installation key's public history is kept (installation-keys.json); in memory when absent. */
  readonly keyHistoryFile?: string;
}

const baseName = (c: Ceremony) => `key-ceremony-${c.kind}-${c.createdAt.slice(0, 10)}-${c.id.slice(0, 8)}`;

export function createRecords(options: RecordsOptions) {
  const installation = createInstallationKey(options.secrets, options.keyHistoryFile);
  return {
    installationKey: () => installation.publicInfo(),
    /** Whose key signed a transcript, by its fingerprint. */
    keyOwner: (fingerprint: string) => installation.whose(fingerprint),
    /** A new transcript key after the current one was lost: deliberate, and the old one stays known. */
    replaceInstallationKey: () =>
      installation.replace('the key was missing from the keychain; a new one was made on request'),

    async exportTranscript(id: string) {
      const ceremony = options.ceremonies.get(id);
      const journal = options.ceremonies.journal(id);
      const participants = Object.keys(ceremony.custodians).map(
        (nodeId) => `${ceremony.custodianNames[nodeId] ?? nodeId} (${nodeId})`,
      );
      const transcript = await installation.withSecret((key) =>
        buildTranscript(ceremony, journal, participants, key),
      );
      const path = await options.saveFile(
        `${baseName(ceremony)}.transcript.json`,
        transcriptText(transcript),
      );
      return { path, installationKeyFingerprint: transcript.header.installation_key_fingerprint };
    },

    async saveReportPdf(id: string) {
      const ceremony = options.ceremonies.get(id);
      if (!options.printReportPdf) {
        throw new AppError(
          'report.print_in_browser',
          'The browser host cannot save the report as PDF by itself.',
          'Open the report and use your browser’s Print → Save as PDF; it prints the same view.',
        );
      }
      const pdf = await options.printReportPdf(id);
      return { path: await options.saveFile(`${baseName(ceremony)}.report.pdf`, pdf) };
    },
  };
}

export type Records = ReturnType<typeof createRecords>;
