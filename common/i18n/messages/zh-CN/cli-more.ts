/** The command line beyond verify-transcript: verify-all and verify-recovery-kit. */
import type { Area } from '../area';
import type { cliMore as en } from '../en/cli-more';

export const cliMore = {} as const satisfies Area<typeof en>;
