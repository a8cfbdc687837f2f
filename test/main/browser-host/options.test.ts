// @vitest-environment node
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultDataDir, parseHostOptions } from '../../../main/browser-host/options';

const env = { XDG_CONFIG_HOME: '/home/officer/.cfg' };

describe('browser host options', () => {
  it('defaults to any free port, the user’s config folder and the sandbox’s own timings', () => {
    expect(parseHostOptions([], env)).toEqual({
      port: 0,
      dataDir: '/home/officer/.cfg/key-ceremony-browser-host',
      dataDirGiven: false,
      sandboxSettings: {},
    });
  });

  it('uses ~/.config when XDG_CONFIG_HOME is not set', () => {
    expect(defaultDataDir({}, '/home/officer')).toBe('/home/officer/.config/key-ceremony-browser-host');
    expect(parseHostOptions([], {}).dataDir).toMatch(/\/\.config\/key-ceremony-browser-host$/);
  });

  it('takes a port, a data folder (made absolute) and both timings', () => {
    expect(
      parseHostOptions(
        [
          '--port',
          '65535',
          '--data-dir',
          'rehearsal',
          '--sandbox-auto-approve-ms',
          '0',
          '--sandbox-step-ms',
          '600000',
        ],
        env,
      ),
    ).toEqual({
      port: 65535,
      dataDir: path.resolve('rehearsal'),
      dataDirGiven: true,
      sandboxSettings: { autoApproveMs: 0, stepMs: 600_000 },
    });
    expect(parseHostOptions(['--sandbox-step-ms', '5'], env).sandboxSettings).toEqual({ stepMs: 5 });
    expect(parseHostOptions(['--sandbox-auto-approve-ms', '7'], env).sandboxSettings).toEqual({
      autoApproveMs: 7,
    });
  });

  it.each([
    [['--port', '65536'], '--port must be a whole number from 0 to 65535 (got "65536")'],
    [['--port=-1'], '--port must be a whole number from 0 to 65535 (got "-1")'],
    [['--port', '80.5'], '--port must be a whole number from 0 to 65535 (got "80.5")'],
    [['--port', ''], '--port must be a whole number from 0 to 65535 (got "")'],
    [
      ['--sandbox-step-ms', '600001'],
      '--sandbox-step-ms must be a whole number of milliseconds from 0 to 600000 (got "600001")',
    ],
    [
      ['--sandbox-auto-approve-ms=-5'],
      '--sandbox-auto-approve-ms must be a whole number of milliseconds from 0 to 600000 (got "-5")',
    ],
    [
      ['--sandbox-auto-approve-ms', 'soon'],
      '--sandbox-auto-approve-ms must be a whole number of milliseconds from 0 to 600000 (got "soon")',
    ],
  ])('refuses %j, saying what was wrong', (args, message) => {
    expect(() => parseHostOptions(args, env)).toThrow(message);
  });

  it('refuses an option it does not know', () => {
    expect(() => parseHostOptions(['--production'], env)).toThrow(/Unknown option '--production'/);
  });
});
