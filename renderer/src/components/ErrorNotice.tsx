import type { ErrorPayload } from '../../../common/contract';
import { say } from '../../../common/i18n/translate';
import { useT } from '../store/language';

/**
 * Every error the page shows: what happened, then what to do next, in the screens' language when main
 * said it as message keys (its English otherwise).
 */
export function ErrorNotice({ error }: { error: ErrorPayload }) {
  const t = useT();
  return (
    <div className="notice notice-error" role="alert" data-error-code={error.code}>
      <p className="notice-title">{say(t, error.said?.message) ?? error.message}</p>
      <p className="notice-hint">{say(t, error.said?.hint) ?? error.hint}</p>
    </div>
  );
}
