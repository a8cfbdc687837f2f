// The floor for this stack: React rendering one interactive button, built and served like the app.
import { createRoot } from 'react-dom/client';

createRoot(document.getElementById('root')!).render(
  <button type="button" onClick={() => undefined}>
    Start
  </button>,
);
