// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { said, say, translator } from '../../../common/i18n/translate';
import { zhCN } from '../../../common/i18n/messages/zh-CN';
import { AppError } from '../../../main/app-error';
import { createDispatch, type HandlerTable } from '../../../main/ipc/dispatch';
import { setLogSink } from '../../../main/log';
import { appInfo } from '../../../main/app-info';

function table(overrides: Partial<Record<keyof HandlerTable, unknown>> = {}): HandlerTable {
  return { 'app.info': (_i, ctx) => appInfo(ctx.frontEnd), ...overrides } as HandlerTable;
}

const dispatchWith = (overrides: Partial<Record<keyof HandlerTable, unknown>> = {}) =>
  createDispatch(table(overrides), { frontEnd: 'browser' });

describe('dispatch', () => {
  it('answers a known channel with a value that satisfies the contract', async () => {
    const result = await dispatchWith()('app.info', {});
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value).toMatchObject({ name: 'Key Ceremony', frontEnd: 'browser' });
  });

  it.each([
    ['no.such.channel'],
    ['__proto__'],
    ['constructor'],
    ['toString'],
    [42],
    [null],
    [undefined],
    [{}],
  ])('refuses the unknown channel %j with a structured error', async (channel) => {
    const result = await dispatchWith()(channel, {});
    expect(result).toEqual({ ok: false, error: expect.objectContaining({ code: 'ipc.unknown_channel' }) });
  });

  it.each([[null], [undefined], ['x'], [[]], [{ extra: 1 }], [{ __proto__: { polluted: true } }], [42]])(
    'refuses the bad input %j',
    async (input) => {
      const result = await dispatchWith()('app.info', input);
      expect(result).toEqual({ ok: false, error: expect.objectContaining({ code: 'ipc.invalid_input' }) });
    },
  );

  it('refuses an input built to make the schema library throw (a fuzzing find), without calling the handler', async () => {
    const handler = vi.fn();
    const posingAsString = { name: { length: Object.create(null) as object } };
    const result = await dispatchWith({ 'profiles.import': handler })('profiles.import', posingAsString);
    expect(result).toEqual({
      ok: false,
      error: expect.objectContaining({
        code: 'ipc.invalid_input',
        message: 'The request was refused: its input is not of the form this request takes.',
      }),
    });
    expect(handler).not.toHaveBeenCalled();
  });

  it('refuses a handler output that violates the contract, without leaking it', async () => {
    const lines: string[] = [];
    const restore = setLogSink((l) => lines.push(l));
    const result = await dispatchWith({ 'app.info': () => ({ name: 'x', leaked: 'internal detail' }) })(
      'app.info',
      {},
    );
    setLogSink(restore);
    expect(result).toEqual({ ok: false, error: expect.objectContaining({ code: 'internal' }) });
    expect(JSON.stringify(result)).not.toContain('internal detail');
    expect(lines.join('\n')).toContain('ipc.invalid_output');
  });

  it('turns a foreign throw into an internal error with no message, stack or path', async () => {
    const restore = setLogSink(() => {});
    const result = await dispatchWith({
      'app.info': () => {
        throw new Error('ENOENT: /home/officer/secret/place at Object.<anonymous> (main.js:1:1)');
      },
    })('app.info', {});
    setLogSink(restore);
    const text = JSON.stringify(result);
    expect(result.ok).toBe(false);
    expect(text).not.toMatch(/ENOENT|\/home|main\.js|at Object/);
  });

  it('passes an AppError through as code, message and hint only', async () => {
    const handler = vi.fn(() => {
      throw new AppError(
        'keychain.locked',
        said('errorsMore.keychain.locked'),
        said('errorsMore.keychain.lockedHint'),
      );
    });
    const result = await dispatchWith({ 'app.info': handler })('app.info', {});
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'keychain.locked',
        message: 'The system keychain is locked.',
        hint: 'Unlock your keychain (log in again or unlock it in your keyring manager), then try again. Nothing was saved.',
        said: {
          message: { key: 'errorsMore.keychain.locked' },
          hint: { key: 'errorsMore.keychain.lockedHint' },
        },
      },
    });
  });

  const logged = async (run: () => Promise<unknown>) => {
    const lines: string[] = [];
    const restore = setLogSink((l) => lines.push(l));
    try {
      return { result: await run(), lines: lines.map((l) => JSON.parse(l) as Record<string, unknown>) };
    } finally {
      setLogSink(restore);
    }
  };

  it('tells the officer, in words, what each refusal means and what to do', async () => {
    const unknown = await logged(() => dispatchWith()('no.such', {}));
    expect(unknown.result).toEqual({
      ok: false,
      error: {
        code: 'ipc.unknown_channel',
        message: 'The app asked for something its main process does not offer.',
        hint: 'Restart Key Ceremony; if it persists, the app may be damaged and should be reinstalled.',
        said: {
          message: { key: 'errorsMore.ipc.unknownChannel' },
          hint: { key: 'errorsMore.ipc.unknownChannelHint' },
        },
      },
    });
    const bad = await dispatchWith()('ceremony.setWitnesses', { id: 'not-a-uuid', witnesses: [] });
    expect(bad).toEqual({
      ok: false,
      error: {
        code: 'ipc.invalid_input',
        message: 'The request was refused: id: must be a UUID.',
        hint: 'Check the value you entered and try again.',
        said: {
          message: {
            key: 'errorsMore.ipc.invalidInput',
            values: {
              issues: {
                key: 'boundary.issue.at',
                values: {
                  where: 'id',
                  problem: { key: 'boundary.issue.invalidFormat', values: { format: 'uuid' } },
                },
              },
            },
          },
          hint: { key: 'errorsMore.ipc.invalidInputHint' },
        },
      },
    });
    // In Chinese, nothing of zod's English: only the field's path stays as it is.
    const zh = translator('zh-CN', zhCN);
    if (bad.ok || !bad.error.said) throw new Error('expected a refusal with its keys');
    expect(say(zh, bad.error.said.message)).toBe('请求被拒绝：字段 id 必须是有效的唯一 ID。');
    const tooMany = await dispatchWith()('ceremony.setWitnesses', {
      id: '00000000-0000-4000-8000-000000000000',
      witnesses: Array.from({ length: 11 }, (_, i) => `W${i}`),
    });
    if (tooMany.ok || !tooMany.error.said) throw new Error('expected a refusal with its keys');
    expect(tooMany.error.message).toBe('The request was refused: witnesses: must have at most 10 items.');
    expect(say(zh, tooMany.error.said.message)).toBe('请求被拒绝：字段 witnesses 不得超过 10 项。');
    const thrown = await logged(() =>
      dispatchWith({
        'app.info': () => {
          throw new TypeError('boom');
        },
      })('app.info', {}),
    );
    expect(thrown.result).toEqual({
      ok: false,
      error: {
        code: 'internal',
        message: 'Something went wrong inside the app while handling "app.info".',
        hint: 'Nothing was changed by this request. Try again; if it happens again, restart Key Ceremony and report the time.',
        said: {
          message: { key: 'errorsMore.ipc.internal', values: { channel: 'app.info' } },
          hint: { key: 'errorsMore.ipc.internalHint' },
        },
      },
    });
  });

  it('logs what was refused without logging what was sent', async () => {
    const long = 'x'.repeat(200);
    const { lines } = await logged(async () => {
      await dispatchWith()(long, {});
      await dispatchWith()(42, {});
    });
    expect(lines.map((l) => [l.level, l.event, l.channel])).toEqual([
      ['warn', 'ipc.unknown_channel', 'x'.repeat(60)],
      ['warn', 'ipc.unknown_channel', 'number'],
    ]);
    const failed = await logged(() =>
      dispatchWith({
        'app.info': () => {
          throw new RangeError('secret detail');
        },
      })('app.info', {}),
    );
    expect(failed.lines).toEqual([
      expect.objectContaining({
        level: 'error',
        event: 'ipc.handler_failed',
        channel: 'app.info',
        errorName: 'RangeError',
      }),
    ]);
    expect(JSON.stringify(failed.lines)).not.toContain('secret detail');
    const thrownString = await logged(() =>
      dispatchWith({
        'app.info': () => {
          throw 'plain string';
        },
      })('app.info', {}),
    );
    expect(thrownString.lines[0]).toMatchObject({ errorName: 'string' });
    const invalid = await logged(() => dispatchWith({ 'app.info': () => ({ name: 1 }) })('app.info', {}));
    expect(invalid.lines).toEqual([
      expect.objectContaining({
        level: 'error',
        event: 'ipc.invalid_output',
        channel: 'app.info',
        issue: expect.any(String),
      }),
    ]);
  });
});
