import { cleanup, render, screen, within } from '@testing-library/react';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { fingerprintOfBytes } from '../../main/keychain/fingerprint';
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
    expect(screen.getByTestId('root-fingerprint')).toHaveTextContent(
      fingerprintOfBytes(new TextEncoder().encode(XPUB)),
    );
    const other = `${XPUB.slice(0, -1)}9`;
    cleanup();
    render(<RootKeyPanel rootKey={{ curve: 'ED25519', root_pubkey: other }} />);
    expect(screen.getByTestId('root-fingerprint').textContent).not.toBe(
      fingerprintOfBytes(new TextEncoder().encode(XPUB)),
    );
  });

  it('draws a QR code of the key', () => {
    const { container } = render(<RootKeyPanel rootKey={{ curve: 'SECP256K1', root_pubkey: XPUB }} />);
    const qr = screen.getByRole('img', { name: 'QR code of the SECP256K1 root key' });
    // The background plus at least the three finder patterns' dark modules.
    expect(qr.querySelectorAll('rect').length).toBeGreaterThan(100);
    expect(container.querySelector('[data-curve="SECP256K1"]')).not.toBeNull();
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
