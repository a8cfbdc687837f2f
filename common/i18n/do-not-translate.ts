/**
 * What stays as it is in every language (issue #32): product names, Cobo's names it keeps in English
 * in its own Chinese manual (docs/glossary-zh-CN.md), and the environments' names. Shown from here,
 * so a screen's scan for untranslated English can allow exactly these.
 */
export const NAMES = {
  product: 'Key Ceremony',
  electron: 'Electron',
  chromium: 'Chromium',
  node: 'Node.js',
  cobo: 'Cobo',
  coboPortal: 'Cobo Portal',
  coboGuard: 'Cobo Guard',
  portalMobile: 'Portal Mobile',
  vault: 'Vault',
  tssNode: 'TSS Node',
  tssNodeId: 'TSS Node ID',
  apiKey: 'API Key',
  apiSecret: 'API Secret',
  keyGen: 'KeyGen',
} as const;
