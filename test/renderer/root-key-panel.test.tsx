import { cleanup, render, screen, within } from '@testing-library/react';
import fc from 'fast-check';
import QRCode from 'qrcode';
import { afterEach, describe, expect, it } from 'vitest';
import { fingerprintOfBytes } from '../../common/fingerprint';
import { KeyText } from '../../renderer/src/components/KeyText';
import { readAloudChunks } from '../../renderer/src/components/read-aloud';
import { RootKeyPanel } from '../../renderer/src/components/RootKeyPanel';

afterEach(cleanup);

const XPUB =
  'xpub661MyMwAqRbcFtXgS5sYJABqqG9YLmC4Q1Rdap9gSE8NqtwybGhePY2gZ29ESFjqJoCu1Rupje8YtGqsefD265TMg7usUDFdp6W1EGMcet8';

describe('read-aloud chunks', () => {
  it('joined back are the key, for any key and any group size', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.integer({ min: 1, max: 12 }), (key, size) => {
        const chunks = readAloudChunks(key, size);
        expect(chunks.join('')).toBe(key);
        expect(chunks.slice(0, -1).every((c) => c.length === size)).toBe(true);
        expect(chunks.every((c) => c.length >= 1 && c.length <= size)).toBe(true);
        expect(chunks).toHaveLength(Math.ceil(key.length / size));
      }),
    );
  });

  it('keeps the last, short group of a real root key', () => {
    expect(XPUB.length % 4).not.toBe(0);
    expect(readAloudChunks(XPUB).at(-1)).toBe(XPUB.slice(-(XPUB.length % 4)));
  });
});

describe('the start every root key shares', () => {
  it('is marked as not worth reading, and reading starts where keys differ', () => {
    render(<RootKeyPanel rootKey={{ curve: 'SECP256K1', root_pubkey: XPUB }} />);
    expect(screen.getByTestId('shared-start')).toHaveTextContent(
      'The first 4 groups (xpub 661M yMwA qRbc) begin every root key: read aloud from group 5, where keys differ.',
    );
    const groups = [...document.querySelectorAll('.chunk')];
    expect(groups.map((g) => g.classList.contains('chunk-shared'))).toEqual(groups.map((_, i) => i < 4));
    // Still the whole key, character for character.
    expect(groups.map((g) => g.lastChild?.textContent ?? '').join('')).toBe(XPUB);
    cleanup();
    // A key without that start is read from its first group.
    render(<RootKeyPanel rootKey={{ curve: 'ED25519', root_pubkey: `ab${XPUB}` }} />);
    expect(screen.queryByTestId('shared-start')).toBeNull();
    expect(document.querySelectorAll('.chunk-shared')).toHaveLength(0);
  });
});

describe('the root key panel', () => {
  it('shows the key in groups of four that read back as the whole key, numbered', () => {
    render(<RootKeyPanel rootKey={{ curve: 'SECP256K1', root_pubkey: XPUB }} />);
    const groups = within(screen.getByLabelText('SECP256K1 root key in groups of four')).getAllByText(
      (_, el) => el?.classList.contains('chunk') ?? false,
    );
    const text = groups.map((g) => g.lastChild?.textContent ?? '');
    expect(text.join('')).toBe(XPUB);
    expect(groups.map((g) => g.firstChild?.textContent)).toEqual(groups.map((_, i) => String(i + 1)));
  });

  it('shows the full key, its curve and the fingerprint of exactly this key', () => {
    render(<RootKeyPanel rootKey={{ curve: 'ED25519', root_pubkey: XPUB }} />);
    expect(screen.getByRole('heading', { name: 'ED25519' })).toBeInTheDocument();
    expect(screen.getByText(XPUB)).toBeInTheDocument();
    expect(screen.getByTestId('root-fingerprint').parentElement!.textContent).toBe(
      `Fingerprint: ${fingerprintOfBytes(new TextEncoder().encode(XPUB))}`,
    );
    const other = `${XPUB.slice(0, -1)}9`;
    cleanup();
    render(<RootKeyPanel rootKey={{ curve: 'ED25519', root_pubkey: other }} />);
    expect(screen.getByTestId('root-fingerprint').textContent).not.toBe(
      fingerprintOfBytes(new TextEncoder().encode(XPUB)),
    );
  });

  /** The dark modules drawn, and the QR symbol they must be: the key at error correction level M. */
  const drawn = () => {
    const svg = screen.getByRole('img', { name: /^QR code of the/ });
    const [background, ...modules] = [...svg.querySelectorAll('rect')];
    return {
      svg,
      background: background!,
      modules: modules.map((m) => `${m.getAttribute('x')},${m.getAttribute('y')}`),
    };
  };
  const expected = (key: string) => {
    const qr = QRCode.create(key, { errorCorrectionLevel: 'M' }).modules;
    const cells: string[] = [];
    for (let y = 0; y < qr.size; y++)
      for (let x = 0; x < qr.size; x++) if (qr.get(x, y)) cells.push(`${x},${y}`);
    return { size: qr.size, cells };
  };

  it('draws the QR code of exactly this key, every dark module and no other, inside a quiet zone', () => {
    const { container } = render(<RootKeyPanel rootKey={{ curve: 'SECP256K1', root_pubkey: XPUB }} />);
    const { svg, background, modules } = drawn();
    const want = expected(XPUB);
    expect(modules).toEqual(want.cells);
    expect(new Set(modules).size).toBe(modules.length);
    expect(svg.getAttribute('viewBox')).toBe(`-2 -2 ${want.size + 4} ${want.size + 4}`);
    expect([...['x', 'y', 'width', 'height', 'fill'].map((a) => background.getAttribute(a))]).toEqual([
      '-2',
      '-2',
      String(want.size + 4),
      String(want.size + 4),
      '#fff',
    ]);
    expect(container.querySelector('[data-curve="SECP256K1"]')).not.toBeNull();
  });

  it('redraws the QR code when the key changes', () => {
    const other =
      'xpub661MyMwAqRbcGczjuMoRm6dXaLDEhW1u34gKenbeYqAix21mdUKJyuyu5F1rzYGVxyL6tmgBUAEPrEz92mBXjByMRiJdba9wpnN37RLLAXa';
    const { rerender } = render(<RootKeyPanel rootKey={{ curve: 'SECP256K1', root_pubkey: XPUB }} />);
    rerender(<RootKeyPanel rootKey={{ curve: 'SECP256K1', root_pubkey: other }} />);
    expect(drawn().modules).toEqual(expected(other).cells);
  });
});

describe('key text', () => {
  it('groups an API key by eight and keeps the whole key for copying', () => {
    const hex = 'ab'.repeat(32);
    const { container } = render(<KeyText hex={hex} />);
    const groups = [...container.querySelectorAll('.key-group')].map((g) => g.textContent);
    expect(groups).toHaveLength(8);
    expect(groups.join('')).toBe(hex);
    expect(container.querySelector('code')?.getAttribute('data-key')).toBe(hex);
  });
});
