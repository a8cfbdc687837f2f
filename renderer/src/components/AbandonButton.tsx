import { ConfirmAction } from './ConfirmAction';
import { useT } from '../store/language';

/** "Abandon this ceremony", asked once more before it happens: abandoning cannot be undone. */
export function AbandonButton({
  busy,
  onAbandon,
  quiet = true,
}: {
  busy: boolean;
  onAbandon(): void;
  quiet?: boolean;
}) {
  const t = useT();
  return (
    <ConfirmAction
      busy={busy}
      label={t('ceremonies.abandon.label')}
      triggerClass={quiet ? 'link-button' : 'button button-danger-quiet'}
      question={t('ceremonies.abandon.question')}
      confirmLabel={t('ceremonies.abandon.confirm')}
      keepLabel={t('ceremonies.abandon.keep')}
      testId="abandon-confirm"
      onConfirm={onAbandon}
    />
  );
}
