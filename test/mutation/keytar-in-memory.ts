/**
 * keytar's three calls over an in-memory map, for mutation testing only. Stryker runs the tests in
 * worker threads and starts new ones after a crash or a timeout; the real keytar's libsecret can be
 * loaded once per process, and a second load crashes GLib (SIGSEGV). The keychain is not code that
 * Stryker mutates, and `npm test` runs every test against the real Secret Service.
 */
const store = new Map<string, string>();
const key = (service: string, account: string) => `${service}\u0000${account}`;

export async function getPassword(service: string, account: string): Promise<string | null> {
  return store.get(key(service, account)) ?? null;
}

export async function setPassword(service: string, account: string, password: string): Promise<void> {
  store.set(key(service, account), password);
}

export async function deletePassword(service: string, account: string): Promise<boolean> {
  return store.delete(key(service, account));
}

export default { getPassword, setPassword, deletePassword };
