import type { Fact } from '../../../common/ceremony/acted-on';

/** One fact of a ceremony's record, in a definition list, findable by its label. */
export function FactRow({ fact: [label, value, testId] }: { fact: Fact }) {
  return (
    <>
      <dt>{label}</dt>
      <dd className="mono-wrap" data-fact={label} data-testid={testId}>
        {value}
      </dd>
    </>
  );
}
