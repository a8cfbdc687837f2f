/**
 * The browser host's command line, checked: the port, the data folder (the user's own config folder
 * unless given) and the simulated holders' timings. Every bad value is refused with what was wrong.
 */
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { wholeNumber } from '../entry/flags';
import type { EngineSettings } from '../sandbox/engine';

export interface HostOptions {
  readonly port: number;
  readonly dataDir: string;
  /** Whether the data folder was given, rather than the default. */
  readonly dataDirGiven: boolean;
  readonly sandboxSettings: Partial<Pick<EngineSettings, 'autoApproveMs' | 'stepMs'>>;
}

const MAX_MS = 600_000;

export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, home: string = os.homedir()): string {
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), 'key-ceremony-browser-host');
}

export function parseHostOptions(args: readonly string[], env: NodeJS.ProcessEnv = process.env): HostOptions {
  const { values } = parseArgs({
    args: [...args],
    options: {
      port: { type: 'string', default: '0' },
      'data-dir': { type: 'string' },
      // Rehearsals and tests may make the simulated holders quicker or slower.
      'sandbox-auto-approve-ms': { type: 'string' },
      'sandbox-step-ms': { type: 'string' },
    },
    strict: true,
  });
  const autoApprove = values['sandbox-auto-approve-ms'];
  const step = values['sandbox-step-ms'];
  return {
    port: wholeNumber('port', values.port, 65_535, ''),
    dataDir: path.resolve(values['data-dir'] ?? defaultDataDir(env)),
    dataDirGiven: values['data-dir'] !== undefined,
    sandboxSettings: {
      ...(autoApprove !== undefined
        ? { autoApproveMs: wholeNumber('sandbox-auto-approve-ms', autoApprove, MAX_MS, 'of milliseconds ') }
        : {}),
      ...(step !== undefined
        ? { stepMs: wholeNumber('sandbox-step-ms', step, MAX_MS, 'of milliseconds ') }
        : {}),
    },
  };
}
