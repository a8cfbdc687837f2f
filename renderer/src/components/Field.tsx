import { useId, type ReactNode } from 'react';

/**
 * A label and its control, tied together by an id the field makes: the control receives it, so a
 * label can never point at the wrong input.
 */
export function Field({
  label,
  className,
  children,
}: {
  label: ReactNode;
  className?: string;
  children: (id: string) => ReactNode;
}) {
  const id = useId();
  return (
    <>
      <label htmlFor={id} className={className}>
        {label}
      </label>
      {children(id)}
    </>
  );
}
