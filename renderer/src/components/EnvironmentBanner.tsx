import type { EnvironmentId } from '../../../common/contract';
import { useT } from '../store/language';

/** Production is unmistakable; the offline sandbox is marked as a rehearsal on every screen of a ceremony. */
export function EnvironmentBanner({ environment }: { environment: EnvironmentId }) {
  const t = useT();
  if (environment === 'production') {
    return (
      <div className="env-banner env-banner-production" role="note" data-testid="env-banner">
        {t('ceremonies.env.bannerProduction')}
      </div>
    );
  }
  if (environment === 'development') {
    return (
      <div className="env-banner env-banner-development" role="note" data-testid="env-banner">
        {t('ceremonies.env.bannerDevelopment')}
      </div>
    );
  }
  return (
    <div className="env-banner env-banner-sandbox" role="note" data-testid="env-banner">
      {t('ceremonies.env.bannerSandbox')}
    </div>
  );
}
