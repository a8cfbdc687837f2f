// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
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
      throw new AppError('keychain.locked', 'The keychain is locked.', 'Unlock it and try again.');
    });
    const result = await dispatchWith({ 'app.info': handler })('app.info', {});
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'keychain.locked',
        message: 'The keychain is locked.',
        hint: 'Unlock it and try again.',
      },
    });
  });
});
