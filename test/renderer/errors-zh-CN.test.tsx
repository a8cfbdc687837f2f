/**
 * Main's refusals on the page (issue #32): said in the screens' language when main said them as keys,
 * and in main's English when a key is one this build does not know.
 */
import { screensIn } from '../helpers/screens-language';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ErrorNotice } from '../../renderer/src/components/ErrorNotice';

import type { ErrorPayload } from '../../common/contract';

const payload: ErrorPayload = {
  code: 'ceremony.not_found',
  message: 'That ceremony does not exist.',
  hint: 'Choose it again from the list of ceremonies.',
  said: { message: { key: 'errors.ceremony.notFound' }, hint: { key: 'errors.ceremony.notFoundHint' } },
};

beforeEach(() => {
  screensIn('zh-CN');
});
afterEach(cleanup);

describe('an error notice in Chinese', () => {
  it('says main’s refusal in Chinese, not in English', () => {
    render(<ErrorNotice error={payload} />);
    expect(screen.getByText('该仪式不存在。')).toBeInTheDocument();
    expect(screen.getByText('请从仪式列表中重新选择。')).toBeInTheDocument();
    expect(screen.queryByText('That ceremony does not exist.')).toBeNull();
  });

  it('says nested sentences in Chinese too, keeping values as they are', () => {
    render(
      <ErrorNotice
        error={{
          ...payload,
          said: {
            message: {
              key: 'errors.ceremony.notReadyForReview',
              values: {
                missing: {
                  key: 'errors.join.semicolon',
                  values: {
                    first: { key: 'errors.ceremony.missing.preflight' },
                    rest: { key: 'errors.ceremony.missing.checkIn', values: { names: 'Alice' } },
                  },
                },
              },
            },
            hint: { key: 'errors.ceremony.notReadyForReviewHint' },
          },
        }}
      />,
    );
    expect(screen.getByText('审核前须：通过预检；为 Alice 签到。')).toBeInTheDocument();
  });

  it('shows main’s English when a key is one this build does not know', () => {
    render(
      <ErrorNotice
        error={{
          ...payload,
          said: {
            message: { key: 'errors.fromANewerBuild' },
            hint: { key: 'errors.ceremony.notFoundHint', values: { x: { key: 'errors.unknown' } } },
          },
        }}
      />,
    );
    expect(screen.getByText('That ceremony does not exist.')).toBeInTheDocument();
    expect(screen.getByText('Choose it again from the list of ceremonies.')).toBeInTheDocument();
  });
});
