import { useEffect, useRef } from 'react';

/**
 * A choice with one possible answer is made for the officer (once, and said on screen): the only
 * profile, vault or key waiting for shares. Nothing is chosen while there are several, or when a choice
 * is already recorded (a resumed ceremony keeps its own).
 */
export function useLoneChoice<T>(
  candidates: readonly T[] | null,
  chosen: boolean,
  choose: (only: T) => void,
): T | null {
  const done = useRef(false);
  const only = candidates?.length === 1 ? (candidates[0] ?? null) : null;
  useEffect(() => {
    if (only === null || chosen || done.current) return;
    done.current = true;
    choose(only);
  }, [only, chosen, choose]);
  // Said whenever the one possible answer is the one chosen, whoever chose it.
  return only !== null && chosen ? only : null;
}
