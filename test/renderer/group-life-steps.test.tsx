/**
 * Upgrading and retiring a group: one call with the API key, so no holder is asked to approve it, and
 * the words of each step, the close and the report true of what happened.
 */
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Ceremony, GroupView } from '../../common/contract';
import { CloseStep } from '../../renderer/src/steps/CloseStep';
import { RetireStep } from '../../renderer/src/steps/RetireStep';
import type { StepProps } from '../../renderer/src/steps/StepProps';
import { UpgradeStep } from '../../renderer/src/steps/UpgradeStep';
import { ReportView } from '../../renderer/src/views/ReportView';
import { newCeremony } from '../fixtures/ceremony';
import { group, holder, selection } from '../fixtures/groups';
import { installFakeBridge } from '../helpers/fake-bridge';

afterEach(cleanup);
const cobo = holder('Cobo', { type: 'Cobo' });
const keyed = { status: 'Valid', has_keys: true } as const;
// A 2-of-2 Signing Key: Cobo's node and one holder. Its threshold (2) is more than its own holders (1).
const signing = group('sign', 'SigningGroup', [cobo, holder('Emeka')], keyed);
const recovery = group('rec', 'RecoveryGroup', [holder('Chen'), holder('Dana'), holder('Fola')], keyed);
const main = group('main', 'MainGroup', [cobo, holder('Alice'), holder('Bilal')], keyed);

const props = (kind: Ceremony['kind'], groups: GroupView[]): StepProps => ({
  ceremony: newCeremony({
    kind,
    selection: selection({ targetGroupId: groups[0]!.key_share_holder_group_id }),
  }),
  data: { groups, nodes: [], cobo: [cobo], error: null, loaded: true, reload: () => {} },
  run: async () => null,
  busy: false,
});

describe('groups that change without a key generation', () => {
  it('an upgrade shows the Signing Key without an approvals line, so never “2 of the 1 holders”', () => {
    installFakeBridge();
    render(<UpgradeStep {...props('GroupUpgrade', [signing, main])} />);
    expect(screen.queryByTestId('quorum')).toBeNull();
    expect(document.body).not.toHaveTextContent(/must approve/);
    expect(screen.getByTestId('signing-threshold')).toHaveTextContent(
      'Signing afterwards: all 2 of the group’s 2, Cobo’s node counted.',
    );
  });

  it('a retirement shows the groups without an approvals line either', () => {
    installFakeBridge();
    render(<RetireStep {...props('GroupRetirement', [recovery, signing, main])} />);
    expect(screen.queryByTestId('quorum')).toBeNull();
    expect(document.body).not.toHaveTextContent(/must approve/);
  });
});

describe('what becomes of the current Main Key, in words true of it (issue #29, item 6)', () => {
  const convert = () => screen.getByRole('radio', { name: /^Convert it to a Signing Key/ });

  it('after a loss, converting gives a Signing Key that cannot sign, and says whose phone it holds', () => {
    installFakeBridge();
    const lost = group('main', 'MainGroup', [cobo, holder('Alice', { status: 'Changed' }), holder('Bilal')], {
      ...keyed,
      status: 'Unavailable',
    });
    render(<UpgradeStep {...props('GroupUpgrade', [signing, lost])} />);
    expect(convert()).toHaveAccessibleName(
      'Convert it to a Signing Key — The current Main Key becomes a Signing Key that cannot sign: Cobo reports it as Unavailable, and it holds the lost phone of Alice. Its other holders keep their key shares; delete it (“Delete a key”) once the new Main Key works.',
    );
    expect(document.body).not.toHaveTextContent(/keep their key shares and can sign/);
  });

  it('with every phone of the Main Key active, its holders keep their shares and can sign', () => {
    installFakeBridge();
    render(<UpgradeStep {...props('GroupUpgrade', [signing, main])} />);
    expect(convert()).toHaveAccessibleName(
      'Convert it to a Signing Key — The current Main Key becomes a Signing Key: its holders keep their key shares and can sign, but no longer hold the Main Key’s role.',
    );
  });
});

describe('the close step and the report of an upgrade, in its own words (issue #29, item 3)', () => {
  const upgraded = newCeremony({
    kind: 'GroupUpgrade',
    phase: 'finished',
    outcome: 'success',
    vaultName: 'Treasury',
    createdGroupId: 'sign',
    statuses: [],
    selection: selection({ targetGroupId: 'sign', mainGroupHandling: 'ConvertToSigningGroup' }),
  });

  it('the close step names the Signing Key upgraded and the old Main Key converted, never a new group', () => {
    installFakeBridge();
    render(<CloseStep {...props('GroupUpgrade', [signing, main])} ceremony={upgraded} />);
    const summary = screen.getByTestId('summary');
    expect(summary).toHaveTextContent('Signing Key upgraded to the Main Keysign');
    expect(summary).toHaveTextContent('The Main Key beforeConverted to a Signing Key');
    expect(summary).not.toHaveTextContent(/New group|received key shares/);
    expect(screen.queryByTestId('created-group')).toBeNull();
  });

  it('the report says an upgrade has no status timeline instead of showing an empty one', async () => {
    installFakeBridge();
    render(<ReportView ceremony={upgraded} />);
    expect(screen.getByTestId('no-timeline')).toHaveTextContent(
      'Upgrade a Signing Key makes no TSS request, so there is no status timeline',
    );
    expect(screen.queryByRole('heading', { name: 'Status timeline' })).toBeNull();
    expect(screen.queryByText('TSS request')).toBeNull();
    expect(screen.getByTestId('report')).toHaveTextContent('The Main Key beforeConverted to a Signing Key');
    await act(async () => {});
  });
});
