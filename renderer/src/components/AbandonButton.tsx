import { ConfirmAction } from './ConfirmAction';

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
  return (
    <ConfirmAction
      busy={busy}
      label="Abandon this ceremony"
      triggerClass={quiet ? 'link-button' : 'button button-danger-quiet'}
      question="Abandon this ceremony? Nothing more will be sent for it, and it cannot be resumed; its record keeps everything done so far."
      confirmLabel="Yes, abandon it"
      keepLabel="Keep it"
      testId="abandon-confirm"
      onConfirm={onAbandon}
    />
  );
}
