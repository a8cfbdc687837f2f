import QRCode from 'qrcode';
import { useMemo } from 'react';
import { rootKeyFingerprint } from '../../../common/fingerprint';
import type { RootKeyView } from '../../../common/contract';
import { readAloudChunks, sharedGroups } from './read-aloud';
import { useRich, useT } from '../store/language';

/** A root extended public key: in full, in chunks of four to read aloud, with a fingerprint and a QR code. */
export function RootKeyPanel({ rootKey }: { rootKey: RootKeyView }) {
  const t = useT();
  const rich = useRich();
  const chunks = readAloudChunks(rootKey.root_pubkey);
  const shared = sharedGroups(rootKey.root_pubkey);
  const fingerprint = rootKeyFingerprint(rootKey.root_pubkey);
  const qr = useMemo(
    // Stryker disable next-line ObjectLiteral,StringLiteral: M is also qrcode's default level; without the option the symbol is the same
    () => QRCode.create(rootKey.root_pubkey, { errorCorrectionLevel: 'M' }).modules,
    [rootKey.root_pubkey],
  );
  const cells: Array<[number, number]> = [];
  for (let y = 0; y < qr.size; y++) for (let x = 0; x < qr.size; x++) if (qr.get(x, y)) cells.push([x, y]);
  return (
    <div className="root-key" data-testid="root-key" data-curve={rootKey.curve}>
      <h4>{rootKey.curve}</h4>
      <p>
        {t('run.rootKey.fingerprint')}{' '}
        <strong className="fingerprint" data-testid="root-fingerprint">
          {fingerprint}
        </strong>
      </p>
      {shared > 0 && (
        <p className="small" data-testid="shared-start">
          {rich('run.rootKey.shared', {
            shared,
            chunks: <span translate="no">{chunks.slice(0, shared).join(' ')}</span>,
            from: shared + 1,
          })}
        </p>
      )}
      <p className="chunks" translate="no" aria-label={t('run.rootKey.chunks', { curve: rootKey.curve })}>
        {chunks.map((c, i) => (
          <span key={i} className={i < shared ? 'chunk chunk-shared' : 'chunk'}>
            <span className="chunk-no" aria-hidden="true">
              {i + 1}
            </span>
            {c}
          </span>
        ))}
      </p>
      <svg
        className="qr"
        viewBox={`-2 -2 ${qr.size + 4} ${qr.size + 4}`}
        role="img"
        aria-label={t('run.rootKey.qr', { curve: rootKey.curve })}
      >
        <rect x={-2} y={-2} width={qr.size + 4} height={qr.size + 4} fill="#fff" />
        {cells.map(([x, y]) => (
          // Stryker disable next-line StringLiteral: a React key only guides re-rendering; the drawing is the same
          <rect key={`${x}-${y}`} x={x} y={y} width={1} height={1} fill="#000" />
        ))}
      </svg>
      <p className="mono small full-key">{rootKey.root_pubkey}</p>
    </div>
  );
}
