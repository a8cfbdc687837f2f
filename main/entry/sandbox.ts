/**
 * `npm run sandbox -- --port <n|0> --api-key <hex> [--data <dir>] [--auto-approve-ms <n>] [--step-ms <n>] [--manual] [--fresh [--with-vault] | --legacy]`
 * The offline sandbox on its own, for rehearsals and for Cobo's SDKs to talk to.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { defaultSandboxDataDir, startSandbox } from '../sandbox/index';
import { wholeNumber } from './flags';

/** A flag's whole number, or the fallback when the flag is absent. */
const number = (name: string, value: string | undefined, fallback: number, max: number): number =>
  value === undefined ? fallback : wholeNumber(name, value, max);

async function main() {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '0' },
      'api-key': { type: 'string', multiple: true, default: [] },
      data: { type: 'string' },
      'auto-approve-ms': { type: 'string' },
      'step-ms': { type: 'string' },
      manual: { type: 'boolean', default: false },
      fresh: { type: 'boolean', default: false },
      'with-vault': { type: 'boolean', default: false },
      legacy: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (values.help) {
    process.stdout.write(
      'usage: npm run sandbox -- --port <n|0> --api-key <hex> [--data <dir>] [--auto-approve-ms <n>] [--step-ms <n>] [--manual] [--fresh [--with-vault] | --legacy]\n',
    );
    return;
  }
  if (values.fresh && values.legacy)
    throw new Error('--fresh and --legacy each start over from a different organisation: choose one');
  for (const key of values['api-key']) {
    if (!/^[0-9a-fA-F]{64}$/.test(key))
      throw new Error('--api-key must be an Ed25519 API key: 64 hex characters');
  }
  const dataDir = path.resolve(values.data ?? defaultSandboxDataDir());
  const sandbox = await startSandbox({
    dataDir,
    port: number('port', values.port, 0, 65_535),
    apiKeys: values['api-key'],
    settings: {
      autoApproveMs: number('auto-approve-ms', values['auto-approve-ms'], 1_500, 600_000),
      stepMs: number('step-ms', values['step-ms'], 1_000, 600_000),
      // Only when asked: otherwise the setting the rehearsal was left with counts.
      ...(values.manual ? { manualApproval: true } : {}),
    },
    // A fresh organisation: phones and Server Signer known only to the simulation, no groups, no vault;
    // or one set up before Cobo's October 2025 rules, its keys in the shapes allowed then.
    ...(values.fresh || values.legacy
      ? { fresh: { withVault: values['with-vault'], legacy: values.legacy } }
      : {}),
  });
  process.stdout.write(`Key Ceremony offline sandbox (rehearsal only), state in ${sandbox.stateFile}\n`);
  process.stdout.write(`listening on ${sandbox.baseUrl}\n`);
  process.stdout.write(`control token: ${sandbox.controlToken}  (control API: ${sandbox.controlUrl}/…)\n`);
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    void sandbox.close().then(() => {
      process.stdout.write(`sandbox stopped (${signal})\n`);
      process.exit(0);
    });
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  process.stderr.write(`sandbox: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
