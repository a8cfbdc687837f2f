import '@testing-library/jest-dom/vitest';
import { configure } from '@testing-library/react';
import { within } from '../helpers/patience';

// Component tests wait as every other test does (helpers/patience.ts): testing-library's idle second,
// times the patience, so a busy machine still passes; each wait still ends as soon as it holds.
configure({ asyncUtilTimeout: within(1_000) });
