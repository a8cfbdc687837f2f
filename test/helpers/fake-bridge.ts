/**
 * The page's bridge for component tests: every call is recorded and answered with `answer`, or with
 * what `answer(channel, input)` gives for that call.
 */
export function installFakeBridge(answer: unknown = null): Array<[string, unknown]> {
  const calls: Array<[string, unknown]> = [];
  const invoke = new Proxy(
    {},
    {
      get: (_, channel: string) => async (input: unknown) => {
        calls.push([channel, input]);
        return {
          ok: true,
          value:
            typeof answer === 'function'
              ? (answer as (c: string, i: unknown) => unknown)(channel, input)
              : answer,
        };
      },
    },
  );
  const on = new Proxy({}, { get: () => () => () => undefined });
  (window as unknown as { keyCeremony: unknown }).keyCeremony = { invoke, on };
  return calls;
}
