import type { Verdict } from '../../../common/ceremony/rules';

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
          <p className="notice-title">This choice cannot be sent yet:</p>
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
