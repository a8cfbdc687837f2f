/**
 * The app:// scheme that serves the built renderer to the Electron window, with the CSP and security
 * headers on every response. Only files inside the renderer folder are served.
 */
import type { Protocol } from 'electron';
import { PAGE_SECURITY_HEADERS } from '../csp';
import { contentTypeFor, readFileInside } from '../http/static-files';

export const APP_SCHEME = 'app';
export const APP_HOST = 'key-ceremony';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** True for a URL of the app's own page files. (Node's URL gives custom schemes an opaque origin, so compare parts.) */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return (
      parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST && !parsed.username && !parsed.password
    );
  } catch {
    return false;
  }
}

export async function serveAppRequest(rendererRoot: string, request: Request): Promise<Response> {
  const url = new URL(request.url);
  if (url.host !== APP_HOST || request.method !== 'GET') return new Response('Not found', { status: 404 });
  const found = await readFileInside(rendererRoot, url.pathname);
  if ('refused' in found)
    return found.refused === 'malformed'
      ? new Response('Bad request', { status: 400 })
      : new Response('Not found', { status: 404 });
  return new Response(new Uint8Array(found.content), {
    status: 200,
    headers: { 'Content-Type': contentTypeFor(found.file), ...PAGE_SECURITY_HEADERS },
  });
}

/** Must run before the app is ready. */
export function registerAppScheme(protocol: Protocol): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: false, corsEnabled: false },
    },
  ]);
}

export function handleAppScheme(protocol: Protocol, rendererRoot: string): void {
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(rendererRoot, request));
}
