import type { ErrorPayload } from '../../../common/contract';

/** Every error the page shows: what happened, then what to do next. */
export function ErrorNotice({ error }: { error: ErrorPayload }) {
  return (
    <div className="notice notice-error" role="alert" data-error-code={error.code}>
      <p className="notice-title">{error.message}</p>
      <p className="notice-hint">{error.hint}</p>
    </div>
  );
}
