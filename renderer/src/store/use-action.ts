import { useCallback, useState } from 'react';
import type { ErrorPayload } from '../../../common/contract';
import { errorPayload } from '../api';

/**
 * The one way a control runs an action in main: busy while it runs, then its error (what happened,
 * what to do next) or, on success, `onDone`. `run` also answers the error, for callers that go on.
 */
export function useAction(
  options: { onError?: (error: ErrorPayload | null) => void; onDone?: () => void } = {},
) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ErrorPayload | null>(null);
  const { onError, onDone } = options;
  const run = useCallback(
    async (action: () => Promise<unknown>): Promise<ErrorPayload | null> => {
      setBusy(true);
      setError(null);
      onError?.(null);
      let problem: ErrorPayload | null = null;
      try {
        await action();
      } catch (e) {
        problem = errorPayload(e);
      }
      setError(problem);
      onError?.(problem);
      setBusy(false);
      if (!problem) onDone?.();
      return problem;
    },
    [onError, onDone],
  );
  return { busy, error, run };
}
