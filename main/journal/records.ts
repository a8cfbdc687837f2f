/**
 * The ceremony record leaving the app: a signed JSON transcript, and the printable report as PDF.
 * Files go where the officer chooses and never replace one without asking.
 */
import type { Said } from '../../common/i18n/said';
import type { Locale } from '../../common/i18n/locales';
import type { Ceremony, KeyOwner } from '../../common/contract';
import { said, sayEnglish } from '../../common/i18n/translate';
import { AppError } from '../app-error';
import type { CeremonyService } from '../ceremony/service';
import path from 'node:path';
import { writeFresh, type SaveFile } from './exports';
import { allowedSignersText, fileSafe, headText } from '../../common/ceremony/witness-plan';
import type { InstallationKey, Replacement } from './installation-key';
import { isOver } from '../../common/ceremony/history';
import { buildTranscript, transcriptText } from './transcript';

export interface RecordsOptions {
  readonly ceremonies: CeremonyService;
  readonly installation: InstallationKey;
  readonly saveFile: SaveFile;
  /** Renders the report view of a ceremony to PDF (Electron's printToPDF); absent in the browser host. */
  readonly printReportPdf?: (ceremonyId: string, locale?: Locale) => Promise<Uint8Array>;
  /** The browser host: the page also gets the transcript, for the browser to download. */
  readonly offerDownload?: boolean;
}

const baseName = (c: Ceremony) => `key-ceremony-${c.kind}-${c.createdAt.slice(0, 10)}-${c.id.slice(0, 8)}`;

/**
 * Next to an exported transcript, what stock OpenSSH needs to check the witnesses without this app:
 * the closing head as signed (`<name>.head.txt`), the plan's `allowed_signers`, and each co-signature
 * (`<name>.<principal>.sig`): `ssh-keygen -Y verify -f … -I <principal> -n <namespace> -s … < head.txt`.
 */
async function writeWitnessFiles(saved: string, ceremonies: CeremonyService, id: string): Promise<string[]> {
  const ceremony = ceremonies.get(id);
  if (!ceremony.witnessSigners.length && !ceremony.attestations.length) return [];
  const dir = path.dirname(saved);
  const stem = path.basename(saved).replace(/\.transcript\.json$/, '');
  const written: string[] = [];
  const head = ceremonies.journalHead(id);
  if (ceremony.phase === 'closed' || ceremony.phase === 'abandoned')
    written.push(await writeFresh(dir, `${stem}.head.txt`, headText(head.fingerprint)));
  if (ceremony.witnessSigners.length)
    written.push(
      await writeFresh(dir, `${stem}.allowed_signers`, allowedSignersText(ceremony.witnessSigners)),
    );
  for (const a of ceremony.attestations)
    written.push(
      await writeFresh(
        dir,
        `${stem}.${fileSafe(a.principal)}${a.dissent ? '.dissent' : ''}.sig`,
        `${a.signature}\n`,
      ),
    );
  return written;
}

export function createRecords(options: RecordsOptions) {
  const { installation } = options;
  const rank: Record<KeyOwner, number> = {
    'this-installation': 0,
    'previous-key': 1,
    unattested: 2,
    unknown: 3,
  };
  return {
    installationKey: () => installation.publicInfo(),
    async keyHistory() {
      const { keys, problem, problemSaid } = await installation.history();
      return {
        keys: keys.map(({ fingerprint, standing, since, until, how, howSaid }) => ({
          fingerprint,
          standing,
          since,
          until,
          how,
          howSaid,
        })),
        problem,
        problemSaid,
      };
    },
    /**
     * Whose keys signed a transcript (its own signature, and its journal's entries): the least trusted
     * of them, so a record is shown as this installation's only when every signature is; and how each
     * key is known.
     */
    async owner(
      ...fingerprints: (string | null)[]
    ): Promise<{ signer: KeyOwner | null; signerHow: string[]; signerHowSaid: Said[] }> {
      const keys = [...new Set(fingerprints.filter((f): f is string => f !== null))];
      const found = await Promise.all(keys.map((f) => installation.known(f)));
      const signer = found.length
        ? found.map((k) => k.owner).reduce((worst, o) => (rank[o] > rank[worst] ? o : worst))
        : null;
      const signerHowSaid = found.map((k, i) =>
        said('verify.signerHow', { key: keys[i] ?? '', how: k.howSaid ?? said('verify.notOurKey') }),
      );
      return { signer, signerHow: signerHowSaid.map(sayEnglish), signerHowSaid };
    },
    /**
     * A new transcript key, deliberately (main checks the reason and the typed confirmation). Ceremonies
     * still open were signed by the old key: they can be abandoned on the record, nothing more.
     */
    async replaceInstallationKey(request: Replacement) {
      const replaced = await installation.replace(request);
      const { ceremonies } = await options.ceremonies.list(0);
      const openCeremonies = ceremonies.filter((c) => !isOver(c.phase)).length;
      return { ...replaced, openCeremonies };
    },

    /** The signed transcript of a ceremony's journal; a damaged record is exported as it is, marked so. */
    async exportTranscript(id: string) {
      const { lines, damage } = options.ceremonies.record(id);
      const transcript = buildTranscript(
        lines,
        damage,
        await installation.signer(),
        new Date(),
        await installation.statements(),
      );
      const stem = damage
        ? `key-ceremony-DAMAGED-${id.replace(/[^A-Za-z0-9-]/g, '_').slice(0, 40)}`
        : baseName(options.ceremonies.get(id));
      const fileName = `${stem}.transcript.json`;
      const content = transcriptText(transcript);
      const saved = await options.saveFile(fileName, content);
      return {
        path: saved,
        installationKeyFingerprint: transcript.header.installation_key_fingerprint,
        beside: saved && !damage ? await writeWitnessFiles(saved, options.ceremonies, id) : [],
        // The browser's copy is named as the host's file (which may be numbered beside an earlier export).
        download: options.offerDownload
          ? { fileName: saved ? path.basename(saved) : fileName, content }
          : null,
      };
    },

    async saveReportPdf(id: string, locale?: Locale) {
      const ceremony = options.ceremonies.get(id);
      if (!options.printReportPdf) {
        throw new AppError(
          'report.print_in_browser',
          said('errors.report.printInBrowser'),
          said('errors.report.printInBrowserHint'),
        );
      }
      const pdf = await options.printReportPdf(id, locale);
      return { path: await options.saveFile(`${baseName(ceremony)}.report.pdf`, pdf) };
    },
  };
}

export type Records = ReturnType<typeof createRecords>;
