// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest';
import { channelNames, ErrorPayload, eventNames, IPC_CALL, IPC_EVENT } from '../../common/contract';
import { zhCN } from '../../common/i18n/messages/zh-CN';
import { EN, say, translator } from '../../common/i18n/translate';
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

  it('says its own refusals as message keys too, the English unchanged (issue #32)', async () => {
    const refused = await api.invoke['profiles.rename']({ id: 'not-a-uuid', name: 'Treasury' });
    if (refused.ok) throw new Error('expected a refusal');
    expect(ErrorPayload.parse(refused.error)).toEqual(refused.error);
    expect(refused.error.message).toBe('The request was not sent: id: Invalid UUID.');
    expect(refused.error.hint).toBe('Correct the highlighted value and try again.');
    const zh = translator('zh-CN', zhCN);
    expect(refused.error.said && say(zh, refused.error.said.message)).toBe(
      '请求未发送：字段 id 必须是有效的唯一 ID。',
    );
    expect(refused.error.said && say(zh, refused.error.said.hint)).toBe('请更正标出的值后重试。');
    // The keys name the same words in English as the bridge's own English.
    expect(refused.error.said && say(EN, refused.error.said.hint)).toBe(refused.error.hint);

    const answers: Array<[() => void, string, string]> = [
      [
        () => electron.ipcRenderer.invoke.mockRejectedValueOnce(new Error('gone')),
        '应用无法连接其主进程。',
        '请重新启动 Key Ceremony。如果问题持续，请报告并注明发生的时间。',
      ],
      [
        () => electron.ipcRenderer.invoke.mockResolvedValueOnce('garbage'),
        '主进程的应答格式出乎意料。',
        '请重新启动 Key Ceremony，并将此情况报告给管理员。',
      ],
      [
        () => electron.ipcRenderer.invoke.mockResolvedValueOnce({ ok: true, value: { nonsense: 1 } }),
        '主进程应答的数据与约定的格式不符。',
        '请重新启动 Key Ceremony，并将此情况报告给管理员。',
      ],
    ];
    for (const [answer, message, hint] of answers) {
      answer();
      const result = await api.invoke['app.info']({});
      if (result.ok || !result.error.said) throw new Error('expected a refusal with its keys');
      expect(ErrorPayload.parse(result.error)).toEqual(result.error);
      expect([say(zh, result.error.said.message), say(zh, result.error.said.hint)]).toEqual([message, hint]);
      expect([say(EN, result.error.said.message), say(EN, result.error.said.hint)]).toEqual([
        result.error.message,
        result.error.hint,
      ]);
    }
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
