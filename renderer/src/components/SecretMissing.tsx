import { useT } from '../store/language';

/** Said wherever a profile is offered whose secret the keychain no longer holds. */
export function SecretMissing() {
  const t = useT();
  return (
    <span className="block notice-hint" data-testid="secret-missing">
      {t('ceremonies.secretMissing')}
    </span>
  );
}
