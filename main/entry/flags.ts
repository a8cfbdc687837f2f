/** Checking the programs' numeric command-line flags, with the flag and the bad value in the message. */
export function wholeNumber(flag: string, value: string, max: number, unit = ''): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isInteger(n) || n < 0 || n > max)
    throw new Error(`--${flag} must be a whole number ${unit}from 0 to ${max} (got "${value}")`);
  return n;
}
