import type { Verdict } from '../../../common/ceremony/rules';
import { useT } from '../store/language';

/** A rules verdict: one line when the choice meets them, otherwise each problem in words. */
export function VerdictNotice({
  verdict,
  okText,
  testId,
}: {
  verdict: Verdict;
  okText: string;
  testId: 'selection-verdict' | 'design-verdict';
}) {
  const t = useT();
  return (
    <div
      className={`notice ${verdict.ok ? 'notice-ok' : 'notice-error'}`}
      data-testid={testId}
      data-focus-result
      tabIndex={-1}
      role={verdict.ok ? undefined : 'alert'}
    >
      {verdict.ok ? (
        <p className="notice-title">{okText}</p>
      ) : (
        <>
          <p className="notice-title">{t('ceremonies.verdict.notYet')}</p>
          <ul>
            {verdict.problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
