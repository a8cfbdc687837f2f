/** The page's bridge for component tests: every call is recorded and answered with `answer`. */
export function installFakeBridge(answer: unknown = null): Array<[string, unknown]> {
  const calls: Array<[string, unknown]> = [];
  const invoke = new Proxy(
    {},
    {
      get: (_, channel: string) => async (input: unknown) => {
        calls.push([channel, input]);
        return { ok: true, value: answer };
      },
    },
  );
  (window as unknown as { keyCeremony: unknown }).keyCeremony = { invoke };
  return calls;
}
