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

const tracking = (status: string): Ceremony =>
  newCeremony({
    environment: 'development',
    phase: 'tracking',
    tssRequestId: 'req-1',
    statuses: [{ status, at: new Date().toISOString() }],
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
