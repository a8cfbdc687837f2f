import type { EnvironmentId } from '../../../common/contract';

/** Production is unmistakable; the offline sandbox is marked as a rehearsal on every screen of a ceremony. */
export function EnvironmentBanner({ environment }: { environment: EnvironmentId }) {
  if (environment === 'production') {
    return (
      <div className="env-banner env-banner-production" role="note" data-testid="env-banner">
        PRODUCTION — real vault, real keys. Every request changes your organisation for good.
      </div>
    );
  }
  if (environment === 'development') {
    return (
      <div className="env-banner env-banner-development" role="note" data-testid="env-banner">
        Cobo Development environment
      </div>
    );
  }
  return (
    <div className="env-banner env-banner-sandbox" role="note" data-testid="env-banner">
      REHEARSAL — offline sandbox on this computer. No real keys.
    </div>
  );
}
