import { useCallback, useState } from 'react';
import type { ErrorPayload } from '../../../common/contract';
import { errorPayload } from '../api';
import { screenHeading, withFocusAfter } from '../steps/focus-after-action';

/**
 * The one way a control runs an action in main: busy while it runs, then its error (what happened,
 * what to do next) or, on success, `onDone`. `run` also answers the error, for callers that go on.
 * Focus never drops to the page body: it goes to what the action revealed, stays on the control used,
 * or goes to the heading of the screen now shown (steps/focus-after-action.ts).
 */
export function useAction(
  options: {
    onError?: (error: ErrorPayload | null) => void;
    onDone?: () => void;
    /** False where the caller moves the focus itself (a ceremony's steps). */
    keepFocus?: boolean;
  } = {},
) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ErrorPayload | null>(null);
  const { onError, onDone, keepFocus = true } = options;
  const act = useCallback(
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
  const run = useCallback(
    (action: () => Promise<unknown>): Promise<ErrorPayload | null> =>
      keepFocus
        ? // Answered as soon as the action is done; the focus is looked after a moment longer.
          new Promise((resolve) => {
            void withFocusAfter(
              () => document.getElementById('main'),
              screenHeading,
              async () => {
                const problem = await act(action);
                resolve(problem);
                return problem;
              },
            );
          })
        : act(action),
    [act, keepFocus],
  );
  return { busy, error, run };
}
