/** Names that read differently from what they hold: refused when typed, made visible when shown. */
import { describe, expect, it } from 'vitest';
import { channels as CHANNELS } from '../../common/contract';
import { hasInvisible, showInvisible } from '../../common/visible-text';

const RLO = '\u202e';
const ZWSP = '\u200b';

describe('invisible characters in names', () => {
  it('finds text-direction controls and zero-width characters, and nothing else', () => {
    for (const ch of [
      '\u061c',
      '\u200b',
      '\u200c',
      '\u200d',
      '\u200e',
      '\u200f',
      '\u202a',
      RLO,
      '\u2060',
      '\u2066',
      '\u2069',
      '\ufeff',
    ])
      expect(hasInvisible(`Alice${ch}`), ch.codePointAt(0)?.toString(16)).toBe(true);
    for (const name of ['Alice Moreau', 'Zoë Ørsted', '陈晓明', 'محمد', 'Ana-María O’Neil'])
      expect(hasInvisible(name), name).toBe(false);
  });

  it('writes each one out where a name is shown', () => {
    expect(showInvisible(`Treasury${RLO}exe.pdf`)).toBe('Treasury[U+202E]exe.pdf');
    expect(showInvisible(`Al${ZWSP}ice`)).toBe('Al[U+200B]ice');
    expect(showInvisible('Alice')).toBe('Alice');
  });

  it('refuses them in every name an officer types: custodians, witnesses, profiles, vaults', () => {
    const checkIn = CHANNELS['ceremony.checkIn'].input;
    const base = { id: '00000000-0000-4000-8000-000000000000', tssNodeId: 'a'.repeat(20) };
    expect(checkIn.safeParse({ ...base, name: 'Alice Moreau' }).success).toBe(true);
    const refused = checkIn.safeParse({ ...base, name: `Alice${RLO}uaeroM` });
    expect(refused.success).toBe(false);
    expect(refused.error?.issues[0]?.message).toBe(
      'must not contain invisible characters (text-direction controls or zero-width characters): type the name again',
    );
    const witnesses = CHANNELS['ceremony.setWitnesses'].input;
    expect(witnesses.safeParse({ id: base.id, witnesses: [`Wendy${ZWSP}`] }).success).toBe(false);
    expect(CHANNELS['profiles.rename'].input.safeParse({ id: base.id, name: `P${RLO}` }).success).toBe(false);
  });
});
