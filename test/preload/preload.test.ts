// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest';
import { channelNames, eventNames, IPC_CALL, IPC_EVENT } from '../../common/contract';
import type { KeyCeremonyApi } from '../../preload/bridge';

const electron = (await import('electron')) as unknown as typeof import('../mocks/electron');

beforeEach(() => {
  electron.ipcRenderer.invoke.mockClear();
});

await import('../../preload/index');
const api = electron.exposed.get('keyCeremony') as KeyCeremonyApi;

describe('preload', () => {
  it('exposes exactly one thing, the bridge, under one name', () => {
    expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
    expect([...electron.exposed.keys()]).toEqual(['keyCeremony']);
    expect(Object.keys(api).sort()).toEqual(['invoke', 'on']);
  });

  it('exposes one function per contract channel and per event, and nothing else', () => {
    expect(Object.keys(api.invoke).sort()).toEqual([...channelNames].sort());
    expect(Object.keys(api.on).sort()).toEqual([...eventNames].sort());
    for (const fn of [...Object.values(api.invoke), ...Object.values(api.on)])
      expect(typeof fn).toBe('function');
    expect(Object.isFrozen(api) && Object.isFrozen(api.invoke) && Object.isFrozen(api.on)).toBe(true);
  });

  it('sends valid calls over the one IPC channel and returns the answer', async () => {
    electron.ipcRenderer.invoke.mockResolvedValueOnce({
      ok: false,
      error: { code: 'x.y', message: 'm', hint: 'h' },
    });
    const result = await api.invoke['app.info']({});
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith(IPC_CALL, 'app.info', {});
    expect(result).toEqual({ ok: false, error: { code: 'x.y', message: 'm', hint: 'h' } });
  });

  it('does not send a call whose input fails the contract', async () => {
    const result = await api.invoke['app.info']({ unexpected: true } as never);
    expect(electron.ipcRenderer.invoke).not.toHaveBeenCalled();
    expect(result).toMatchObject({ ok: false, error: { code: 'bridge.invalid_input' } });
  });

  it('refuses an answer that does not match the contract', async () => {
    electron.ipcRenderer.invoke.mockResolvedValueOnce({ ok: true, value: { nonsense: 1 } });
    expect(await api.invoke['app.info']({})).toMatchObject({
      ok: false,
      error: { code: 'bridge.malformed_answer' },
    });
    electron.ipcRenderer.invoke.mockRejectedValueOnce(new Error('gone'));
    expect(await api.invoke['app.info']({})).toMatchObject({
      ok: false,
      error: { code: 'bridge.unreachable' },
    });
  });

  it('delivers only contract-valid events, and unsubscribes', () => {
    const seen: unknown[] = [];
    const off = api.on['app.changed']((p) => seen.push(p));
    const send = (envelope: unknown) => electron.ipcRenderer.emitter.emit(IPC_EVENT, {}, envelope);
    send({ event: 'app.changed', payload: { topic: 'profiles' } });
    send({ event: 'app.changed', payload: { topic: 'nope' } });
    send({ event: 'unknown', payload: {} });
    send('garbage');
    off();
    send({ event: 'app.changed', payload: { topic: 'profiles' } });
    expect(seen).toEqual([{ topic: 'profiles' }]);
    expect(electron.ipcRenderer.emitter.listenerCount(IPC_EVENT)).toBe(0);
  });
});
