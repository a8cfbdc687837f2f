import { useEffect, useRef, useState } from 'react';

/**
 * "Abandon this ceremony", asked once more before it happens: abandoning cannot be undone. The
 * question takes the focus when it appears, so a keyboard user lands on it.
 */
export function AbandonButton({
  busy,
  onAbandon,
  quiet = true,
}: {
  busy: boolean;
  onAbandon(): void;
  quiet?: boolean;
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
        className={quiet ? 'link-button' : 'button button-danger-quiet'}
        disabled={busy}
        onClick={() => setAsking(true)}
      >
        Abandon this ceremony
      </button>
    );
  return (
    <div className="inline-form danger-zone" data-testid="abandon-confirm">
      <p>
        Abandon this ceremony? Nothing more will be sent for it, and it cannot be resumed; its record keeps
        everything done so far.
      </p>
      <div className="actions">
        <button
          ref={confirm}
          type="button"
          className="button button-danger"
          disabled={busy}
          onClick={onAbandon}
        >
          Yes, abandon it
        </button>
        <button type="button" className="button" onClick={() => setAsking(false)}>
          Keep it
        </button>
      </div>
    </div>
  );
}
