import type { ReactNode } from 'react';

/**
 * The `<h>…</h>` part of a message: words a screen reader needs (which holder a button acts on) and
 * the screen shows around it already.
 */
export const screenReaderOnly = (chunks: ReactNode) => <span className="visually-hidden">{chunks}</span>;
