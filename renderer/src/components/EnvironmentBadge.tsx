import type { EnvironmentId } from '../../../common/contract';
import { ENVIRONMENT_NAMES } from '../../../common/i18n/environments';
import { useT } from '../store/language';

export function EnvironmentBadge({ environment }: { environment: EnvironmentId }) {
  const t = useT();
  return <span className={`badge badge-${environment}`}>{t(ENVIRONMENT_NAMES[environment])}</span>;
}
