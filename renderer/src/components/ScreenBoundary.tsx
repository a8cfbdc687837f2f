import { Component, type ReactNode } from 'react';

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
    return (
      <div className="notice notice-error" role="alert" data-testid="screen-failed">
        <p className="notice-title">This screen could not be opened.</p>
        <p className="notice-hint">
          Its part of the app could not be loaded from Key Ceremony’s main process, or failed while showing.
          Nothing was sent or changed. If the notice at the top says the main process is not answering, start
          the app again and open the new link; otherwise choose the screen again from the menu.
        </p>
      </div>
    );
  }
}
