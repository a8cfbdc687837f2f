// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { channelNames, channels, ErrorPayload, eventNames, events, isChannel } from '../../common/contract';
import { appInfo } from '../../main/app-info';

describe('contract', () => {
  it('round-trips app.info through JSON unchanged', () => {
    for (const frontEnd of ['electron', 'browser'] as const) {
      const value = channels['app.info'].output.parse(appInfo(frontEnd));
      expect(channels['app.info'].output.parse(JSON.parse(JSON.stringify(value)))).toEqual(value);
    }
  });

  it('lists only sandbox for the browser host and all three for Electron', () => {
    expect(appInfo('browser').environments.map((e) => e.id)).toEqual(['sandbox']);
    expect(appInfo('electron').environments.map((e) => e.id)).toEqual([
      'sandbox',
      'development',
      'production',
    ]);
  });

  it('has a channel list and an event list that match its tables', () => {
    expect(channelNames.sort()).toEqual(Object.keys(channels).sort());
    expect(eventNames.sort()).toEqual(Object.keys(events).sort());
    expect(isChannel('toString')).toBe(false);
    expect(isChannel('__proto__')).toBe(false);
  });

  it('only accepts error payloads with a code, a message and a hint', () => {
    expect(ErrorPayload.safeParse({ code: 'a.b', message: 'm', hint: 'h' }).success).toBe(true);
    expect(ErrorPayload.safeParse({ code: 'a.b', message: 'm', hint: 'h', stack: 'at x' }).success).toBe(
      false,
    );
    expect(ErrorPayload.safeParse({ code: 'A B', message: 'm', hint: 'h' }).success).toBe(false);
  });

  it('refuses blank witness names, and trims the names it takes', () => {
    const input = channels['ceremony.setWitnesses'].input;
    const id = '6b1f8c2e-1d2a-4b7a-9c1e-1f2e3d4c5b6a';
    for (const witnesses of [[''], ['   '], ['\t\n'], ['Wendy Witness', ' '], ['\u0000'], ['W\u0007x']])
      expect(input.safeParse({ id, witnesses }).success, JSON.stringify(witnesses)).toBe(false);
    expect(input.safeParse({ id, witnesses: [' Wendy Witness ', 'Omar'] })).toMatchObject({
      success: true,
      data: { witnesses: ['Wendy Witness', 'Omar'] },
    });
    expect(input.safeParse({ id, witnesses: ['x'.repeat(81)] }).success).toBe(false);
  });

  it('changes only the choices a select names: no default is filled in to reset the others', () => {
    const parsed = channels['ceremony.select'].input.parse({
      id: '6b1f8c2e-1d2a-4b7a-9c1e-1f2e3d4c5b6a',
      selection: { retireConfirmation: 'Recovery Key 1234abcd' },
    });
    expect(parsed.selection).toEqual({ retireConfirmation: 'Recovery Key 1234abcd' });
  });
});
