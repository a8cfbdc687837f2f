import type { EnvironmentId } from '../../../common/contract';
import { EnvironmentBanner } from './EnvironmentBanner';
import { useT } from '../store/language';

/** The top of a ceremony's screen: its environment (once known), the way back, and its title. */
export function CeremonyHead({
  environment,
  title,
  onBack,
}: {
  environment: EnvironmentId | null;
  title: string;
  onBack(): void;
}) {
  const t = useT();
  return (
    <>
      {environment && <EnvironmentBanner environment={environment} />}
      <div className="ceremony-head">
        <button type="button" className="button" onClick={onBack}>
          {t('ceremonies.head.back')}
        </button>
        <h2 className="view-title">{title}</h2>
      </div>
    </>
  );
}
