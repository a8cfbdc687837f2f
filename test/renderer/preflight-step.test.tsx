import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { PreflightStep } from '../../renderer/src/steps/PreflightStep';
import type { StepProps } from '../../renderer/src/steps/StepProps';
import { newCeremony } from '../fixtures/ceremony';

afterEach(cleanup);

const props = (over: Parameters<typeof newCeremony>[0]): StepProps => ({
  ceremony: newCeremony(over),
  data: {} as StepProps['data'],
  run: async () => null,
  busy: false,
});
const ok = { at: 't', ok: true, checks: [] };

describe('what still blocks the pre-flight', () => {
  it('says in words what is left, and nothing once all is done', () => {
    render(<PreflightStep {...props({})} />);
    expect(screen.getByTestId('preflight-blocking')).toHaveTextContent(
      'Before you can continue: tick the 3 room checks; run the checks.',
    );
    cleanup();
    render(
      <PreflightStep
        {...props({
          checklist: { workstation_prepared: 't', custodians_identified: 't' },
          preflight: { ...ok, ok: false },
        })}
      />,
    );
    expect(screen.getByTestId('preflight-blocking')).toHaveTextContent(
      'Before you can continue: tick the last room check; put right what failed, then run the checks again.',
    );
    cleanup();
    render(
      <PreflightStep
        {...props({
          checklist: { workstation_prepared: 't', custodians_identified: 't', witnesses_present: 't' },
          preflight: ok,
        })}
      />,
    );
    expect(screen.queryByTestId('preflight-blocking')).toBeNull();
  });
});
