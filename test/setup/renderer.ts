import '@testing-library/jest-dom/vitest';
import { configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import { within } from '../helpers/patience';
import { focusTakenByScreen } from '../../renderer/src/steps/focus-after-action';

// Component tests wait as every other test does (helpers/patience.ts): testing-library's idle second,
// times the patience, so a busy machine still passes; each wait still ends as soon as it holds.
configure({ asyncUtilTimeout: within(1_000) });

// An action still looking after the focus (up to a second, focus-after-action.ts) gives way when a test
// ends: it would otherwise reach for a document the next file's environment has already torn down.
afterEach(() => focusTakenByScreen());
