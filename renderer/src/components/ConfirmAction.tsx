import { useEffect, useRef, useState, type ReactNode } from 'react';

/**
 * An action that cannot be undone, asked once more before it happens: the question takes the focus
 * when it appears, so a keyboard user lands on it, and "keep" puts things back as they were.
 */
export function ConfirmAction(props: {
  busy: boolean;
  /** The button that asks. */
  label: string;
  triggerClass: string;
  question: ReactNode;
  confirmLabel: string;
  keepLabel: string;
  testId: string;
  onConfirm(): void;
}) {
  const [asking, setAsking] = useState(false);
  const confirm = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (asking) confirm.current?.focus();
  }, [asking]);
  if (!asking)
    return (
      <button
        type="button"
        className={props.triggerClass}
        disabled={props.busy}
        onClick={() => setAsking(true)}
      >
        {props.label}
      </button>
    );
  return (
    <div className="inline-form danger-zone" data-testid={props.testId}>
      <p>{props.question}</p>
      <div className="actions">
        <button
          ref={confirm}
          type="button"
          className="button button-danger"
          disabled={props.busy}
          onClick={props.onConfirm}
        >
          {props.confirmLabel}
        </button>
        <button type="button" className="button" onClick={() => setAsking(false)}>
          {props.keepLabel}
        </button>
      </div>
    </div>
  );
}
