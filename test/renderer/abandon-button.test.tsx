import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AbandonButton } from '../../renderer/src/components/AbandonButton';

afterEach(cleanup);

describe('abandoning a ceremony', () => {
  it('asks first, with the question focused, and abandons only on “Yes”', () => {
    const onAbandon = vi.fn();
    render(<AbandonButton busy={false} onAbandon={onAbandon} />);
    fireEvent.click(screen.getByRole('button', { name: 'Abandon this ceremony' }));
    expect(onAbandon).not.toHaveBeenCalled();
    expect(screen.getByTestId('abandon-confirm')).toHaveTextContent(
      'Abandon this ceremony? Nothing more will be sent for it, and it cannot be resumed',
    );
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Yes, abandon it' }));
    fireEvent.click(screen.getByRole('button', { name: 'Keep it' }));
    expect(screen.queryByTestId('abandon-confirm')).toBeNull();
    expect(onAbandon).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Abandon this ceremony' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, abandon it' }));
    expect(onAbandon).toHaveBeenCalledTimes(1);
  });
});
