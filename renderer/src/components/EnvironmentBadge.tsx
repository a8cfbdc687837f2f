import type { EnvironmentId } from '../../../common/contract';

const LABELS: Record<EnvironmentId, string> = {
  sandbox: 'Offline sandbox',
  development: 'Cobo Development',
  production: 'Cobo Production',
};

export function EnvironmentBadge({ environment }: { environment: EnvironmentId }) {
  return <span className={`badge badge-${environment}`}>{LABELS[environment]}</span>;
}
