// @vitest-environment node
/**
 * 9. Recovery drill: the cost of checking one recovery file (form, same key, PBKDF2, AES-GCM, the share
 * matched to its public key, and the file's part of the interpolation) against the work no checker
 * can skip: the file's PBKDF2 and one scalar multiplication. Goal ≤ 1.5× that floor.
 */
import { pbkdf2Sync } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ed25519 } from '@noble/curves/ed25519.js';
import { checkKit } from '../../main/recovery-kit/kit-check';
import { median, QUICK, record, round } from './record';

const FIXTURES = path.resolve('test/fixtures/recovery-kit');
const file = (name: string) => ({ name, text: readFileSync(path.join(FIXTURES, name), 'utf8') });
const ROOT =
  'cpubGCmTMqXYTnzkbj4boYV9RcocrSYG1bSr8QuiRnEdhspzhvURRoBwV4iU7TnBKRRbmgHSAymckcRckZoNSR8SRK13n5ztB3pneN4xJSePBvG';

describe('recovery drill', () => {
  it('measures the check of one file against its PBKDF2 and one scalar multiplication', async () => {
    const files = [file('example-eddsa-v3-node1.json'), file('example-eddsa-v3-node2.json')];
    const kdf = (JSON.parse(files[0]!.text) as { share_info: { kdf: { salt: string; iterations: number } } })
      .share_info.kdf;
    const ours: number[] = [];
    const floor: number[] = [];
    for (let i = 0; i < (QUICK ? 3 : 15); i++) {
      let t = performance.now();
      const verdict = await checkKit(files, {
        expectedRoot: ROOT,
        password: async (name) => (name.includes('node1') ? 'password-eddsa-1' : 'password-eddsa-2'),
      });
      ours.push((performance.now() - t) / files.length);
      expect(verdict.outcome).toBe('proven');
      t = performance.now();
      for (let f = 0; f < files.length; f++) {
        pbkdf2Sync('password-eddsa-1', Buffer.from(kdf.salt.slice(2), 'hex'), kdf.iterations, 32, 'sha256');
        ed25519.Point.BASE.multiply(0x0514cc3d8b25fb42a06c85a733c291895a27a336c32d8ef75329e7ab65d48386n);
      }
      floor.push((performance.now() - t) / files.length);
    }
    const figure = median(ours);
    const baseline = median(floor);
    record('recovery-kit', [
      {
        name: 'Recovery drill: one file checked',
        figure: round(figure),
        unit: 'ms',
        baseline: round(baseline),
        ratio: round(figure / baseline),
        goal: '≤ 1.5× its PBKDF2 and one scalar multiplication',
        pass: figure / baseline <= 1.5,
        notes: `PBKDF2-HMAC-SHA256, ${kdf.iterations} iterations; 2-of-3 ED25519 files; the polynomial through the first t shares checked at the others (n−t+1 interpolations)`,
      },
    ]);
  });
});
