/**
 * Main's verdicts in the screens' language (issue #32): the Verify screen says the summary main sent as
 * message keys in Chinese, no longer marked English.
 */
import { screensIn } from '../helpers/screens-language';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { VerifyView } from '../../renderer/src/views/VerifyView';

import { said } from '../../common/i18n/translate';
import { installFakeBridge } from '../helpers/fake-bridge';

afterEach(() => {
  cleanup();
  screensIn('en');
});

describe('main’s verdicts in Chinese', () => {
  it('shows the transcript verifier’s summary in Chinese', async () => {
    const problem = said('verdicts.transcript.signatureMismatch');
    installFakeBridge((channel: string) =>
      channel === 'app.installationKey'
        ? { publicKey: 'ab', fingerprint: '7K2M-Q9XD-4HTB-W3PA' }
        : channel === 'transcript.verify'
          ? {
              status: 'damaged',
              ok: false,
              head: null,
              problem: 'the signature does not match',
              problemSaid: problem,
              said: said('verdicts.transcript.notVerified', { problem }),
              entry: null,
              fingerprint: null,
              summary: 'NOT VERIFIED: the signature does not match',
              signer: null,
              signerHow: [],
              witnesses: null,
            }
          : null,
    );
    screensIn('zh-CN');
    render(<VerifyView />);
    expect(await screen.findByText('7K2M-Q9XD-4HTB-W3PA')).toBeInTheDocument();
    fireEvent.change(screen.getByLabelText('记录文件（.json）'), {
      target: { files: [new File(['{}'], 't.json', { type: 'application/json' })] },
    });
    const summary = await screen.findByText(
      '未通过验证：签名不匹配：记录文件在签名后被更改过，或由另一个密钥签名',
    );
    expect(summary).not.toHaveAttribute('lang');
    expect(screen.queryByText(/NOT VERIFIED/)).toBeNull();
  });
});
