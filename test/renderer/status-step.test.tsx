/**
 * Live status: who the request waits on. Custodians' phones tap Start Key Gen; a Server Signer (API
 * co-signer) acts by itself and is never counted among those who tap (issue #29, item 7).
 */
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Ceremony, GroupView } from '../../common/contract';
import { StatusStep } from '../../renderer/src/steps/StatusStep';
import { newCeremony } from '../fixtures/ceremony';
import { group, holder, selection } from '../fixtures/groups';
import { installFakeBridge } from '../helpers/fake-bridge';

afterEach(cleanup);
const cobo = holder('Cobo', { type: 'Cobo' });
const main = group('main', 'MainGroup', [
  cobo,
  holder('Alice'),
  holder('Bilal'),
  holder('Vault Server', { type: 'API', signer: true }),
]);

const tracking = (status: string, agoMs = 0, firstAgoMs = agoMs): Ceremony =>
  newCeremony({
    environment: 'development',
    phase: 'tracking',
    tssRequestId: 'req-1',
    statuses: [
      ...(firstAgoMs !== agoMs
        ? [{ status: 'Pending', at: new Date(Date.now() - firstAgoMs).toISOString() }]
        : []),
      { status, at: new Date(Date.now() - agoMs).toISOString() },
    ],
    selection: selection({ targetGroupId: 'main' }),
  });

const show = (ceremony: Ceremony, groups: GroupView[]) =>
  render(
    <StatusStep
      ceremony={ceremony}
      data={{ groups, nodes: [], cobo: [cobo], error: null, loaded: true, reload: () => {} }}
      run={async () => null}
      busy={false}
    />,
  );

describe('who the request waits on', () => {
  it('counts the phones that tap, and names the Server Signer apart, acting by itself', () => {
    installFakeBridge();
    show(tracking('PendingKeyHolderConfirmation'), [main]);
    expect(screen.getByTestId('waiting-on').textContent).toMatch(
      /^Waiting for 2 holders to tap Start Key Gen in Cobo Guard \(Start in Portal Mobile\), once: Alice, Bilal\. Server Signer, acting by itself: Vault Server; its TSS Node must be online by .+, within 24 hours\.$/,
    );
  });

  it('while the key is made, the phones stay open and the Server Signer takes part by itself', () => {
    installFakeBridge();
    show(tracking('KeyGenerating'), [main]);
    expect(screen.getByTestId('waiting-on').textContent).toMatch(
      /^2 holders take part now, with nothing more to tap: keep Cobo Guard or Portal Mobile open and online until the key is made: Alice, Bilal\. Server Signer, acting by itself: Vault Server; its TSS Node/,
    );
  });

  it('a key of Server Signers only asks no one to tap', () => {
    installFakeBridge();
    const servers = group('main', 'MainGroup', [
      cobo,
      holder('S1', { type: 'API' }),
      holder('S2', { type: 'API' }),
    ]);
    show(tracking('PendingKeyHolderConfirmation'), [servers]);
    expect(screen.getByTestId('waiting-on').textContent).toMatch(
      /^Server Signers, acting by themselves: S1, S2; their TSS Nodes must be online by .+, within 24 hours\.$/,
    );
  });
});

describe('a long wait (issue #29, item 18)', () => {
  const minutes = (n: number) => n * 60_000;

  it('says nothing for a short one', () => {
    installFakeBridge();
    show(tracking('PendingKeyHolderConfirmation', minutes(2)), [main]);
    expect(screen.queryByTestId('long-wait')).toBeNull();
  });

  it('after ten minutes on the holders, says the choices: wait, reach them, or cancel while it can', () => {
    installFakeBridge();
    show(tracking('PendingKeyHolderConfirmation', minutes(11)), [main]);
    const notice = screen.getByTestId('long-wait');
    expect(notice).toHaveTextContent('This request has waited 11 minutes on its holders.');
    expect(notice).toHaveTextContent(
      'You can keep waiting: Cobo keeps the request open and nothing is lost.',
    );
    expect(notice).toHaveTextContent('Or cancel the request while Cobo still allows it (below)');
    cleanup();
    show(tracking('KeyGenerating', minutes(12)), [main]);
    expect(screen.getByTestId('long-wait')).toHaveTextContent(
      'Cancelling is no longer possible: key generation has started, and the request ends by itself.',
    );
  });

  it('says when a Server Signer’s 24 hours ran out, and only for a request with one', () => {
    installFakeBridge();
    const day = minutes(24 * 60);
    show(tracking('PendingKeyHolderConfirmation', minutes(1), day + minutes(5)), [main]);
    expect(screen.getByTestId('server-signer-late')).toHaveTextContent(
      /^The Server Signer’s 24 hours ran out at /,
    );
    cleanup();
    const phones = group('main', 'MainGroup', [cobo, holder('Alice'), holder('Bilal')]);
    show(tracking('PendingKeyHolderConfirmation', minutes(1), day + minutes(5)), [phones]);
    expect(screen.queryByTestId('long-wait')).toBeNull();
  });
});
