// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { log, setLogSink } from '../../main/log';

describe('the main-process logger', () => {
  it('writes an event with scalar fields only, dropping unsafe keys and cutting long values', () => {
    const lines: string[] = [];
    const restore = setLogSink((l) => lines.push(l));
    log.info('profile.created', {
      environment: 'sandbox',
      'bad key': 'x',
      __proto__: 'y',
      long: 'z'.repeat(500),
    } as never);
    setLogSink(restore);
    const entry = JSON.parse(lines[0]!);
    expect(entry).toMatchObject({ level: 'info', event: 'profile.created', environment: 'sandbox' });
    expect(entry).not.toHaveProperty('bad key');
    expect(entry.long.length).toBeLessThanOrEqual(201);
  });
});
