// No Electron binary exists on CI machines: every main-process test file gets the hand-written
// stand-in (test/mocks/electron.ts) for `electron`, installed here once.
import { vi } from 'vitest';

vi.mock('electron', () => import('../mocks/electron'));
