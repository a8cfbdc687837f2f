/**
 * What the preload says itself when main cannot be asked (issue #32): as message keys for the page,
 * beside the English it keeps. Only a type is imported, so the preload carries no catalogue.
 */
import type { Said } from './said';
import type { MessageKey } from './translate';

const key = (k: MessageKey): Said => ({ key: k });

export const MAIN_GONE_SAID = {
  message: key('errorsMore.preload.mainGone'),
  hint: key('errorsMore.preload.mainGoneHint'),
} as const;

export const NO_SESSION_SAID = {
  message: key('errorsMore.preload.noSession'),
  hint: key('errorsMore.preload.noSessionHint'),
} as const;

/** The bridge's own refusals (preload/bridge.ts): a call not sent, main not reached, or its answer off. */
export const BRIDGE_SAID = {
  notSent: (issue: Said) => ({
    message: { ...key('boundary.bridge.notSent'), values: { issue } },
    hint: key('boundary.bridge.notSentHint'),
  }),
  unreachable: { message: key('boundary.bridge.unreachable'), hint: key('boundary.bridge.unreachableHint') },
  unexpectedForm: {
    message: key('boundary.bridge.unexpectedForm'),
    hint: key('boundary.bridge.restartAndReport'),
  },
  offContract: { message: key('boundary.bridge.offContract'), hint: key('boundary.bridge.restartAndReport') },
} as const;
