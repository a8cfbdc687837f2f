import { Component, type ReactNode } from 'react';
import { useT } from '../store/language';

/**
 * A screen that cannot be shown (its code not loaded because the link to main is gone, or an error in
 * it) says so in place, instead of leaving the page blank; the menu stays usable. Keyed by screen, so
 * opening another screen tries again.
 */
export class ScreenBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return <ScreenFailed />;
  }
}

/** The notice itself: a function component, so it can follow the screens' language. */
function ScreenFailed() {
  const t = useT();
  return (
    <div className="notice notice-error" role="alert" data-testid="screen-failed">
      <p className="notice-title">{t('ceremonies.screenFailed.title')}</p>
      <p className="notice-hint">{t('ceremonies.screenFailed.hint')}</p>
    </div>
  );
}
