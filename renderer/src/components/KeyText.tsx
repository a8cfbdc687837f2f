import { readAloudChunks } from './read-aloud';

/**
 * A hex key shown in groups of eight, so it can be read aloud and compared. The groups are spaced by
 * CSS, not by characters, so a copy still gives the key exactly.
 */
export function KeyText({ hex }: { hex: string }) {
  const groups = readAloudChunks(hex, 8);
  return (
    <code className="key-text" data-key={hex}>
      {groups.map((g, i) => (
        <span key={i} className="key-group">
          {g}
        </span>
      ))}
    </code>
  );
}
