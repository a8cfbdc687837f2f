import { useState } from 'react';
import type { ErrorPayload } from '../../common/contract';
import { errorPayload } from './api';

/** Runs one action at a time for a control: busy while it runs, and its error (what happened, what to do) after. */
export function useAction(onError?: (error: ErrorPayload | null) => void) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ErrorPayload | null>(null);
  const report = (e: ErrorPayload | null) => {
    setError(e);
    onError?.(e);
  };
  const run = async (action: () => Promise<unknown>) => {
    setBusy(true);
    report(null);
    try {
      await action();
    } catch (e) {
      report(errorPayload(e));
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, run };
}
