// @vitest-environment node
/**
 * The run sheet's versions and the exceptions recorded against it (issue #31, items 1 and 2): each
 * printed sheet's SHA-256 journalled, the same sheet keeping its version and a changed one becoming
 * the next, saying which it supersedes; exceptions journalled like everything else, held to the
 * journal, and refused once the ceremony is over.
 */
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../main/journal/chain';
import { canonicalJson } from '../../../main/journal/json-text';
import { stateDisagreement } from '../../../main/ceremony/record-check';
import { useRigs } from './helpers';

const setup = useRigs();

describe('the witnessed script', () => {
  it('journals each printed version of the run sheet, and the exceptions recorded against its steps', async () => {
    const r = await setup();
    const c = r.runtime.services.ceremonies;
    const ceremony = await c.start('KeyGen', r.profileId);
    const step = {
      no: 1,
      who: 'Officer',
      what: 'x',
      expected: null,
      observe: false,
      pointOfNoReturn: false,
      wizard: 'profile',
    };
    const sheet = { ceremonyId: ceremony.id, acts: [{ title: 'Act 1', steps: [step] }] };
    const first = await c.scriptPrinted(ceremony.id, sheet);
    expect(first).toEqual({ sha256: sha256Hex(canonicalJson(sheet)), version: 1, supersedes: null });
    // Printed again unchanged: the same version, nothing new on the record.
    expect(await c.scriptPrinted(ceremony.id, { ...sheet })).toEqual(first);
    const changed = await c.scriptPrinted(ceremony.id, { ...sheet, vault: 'Treasury' });
    expect(changed).toMatchObject({ version: 2, supersedes: first.sha256 });
    // Each version keeps its steps as printed, for the report's annotated script.
    expect(c.get(ceremony.id).scripts.map((p) => p.acts)).toEqual([sheet.acts, sheet.acts]);
    // A sheet whose steps are not in the printed form is not recorded.
    await expect(
      c.scriptPrinted(ceremony.id, { acts: [{ title: 'Act 1', steps: [{ no: 1 }] }] }),
    ).rejects.toMatchObject({
      code: 'script.unreadable',
    });
    expect(c.get(ceremony.id).scripts).toHaveLength(2);
    const exception = {
      step: 7,
      expected: 'Alice reads cobo…1234',
      happened: 'Alice’s phone showed another TSS node ID',
      decided: 'Stopped; Alice re-enrolled, the design was corrected',
      agreed: 'OO, WW',
    };
    const after = await c.recordException(ceremony.id, exception);
    expect(after.exceptions).toEqual([{ ...exception, at: expect.any(String) }]);
    const entries = c.journal(ceremony.id);
    expect(entries.filter((e) => e.kind === 'script_printed').map((e) => e.data.version)).toEqual([1, 2]);
    expect(entries.at(-1)).toMatchObject({ kind: 'exception', data: exception });
    expect(stateDisagreement(ceremony.id, after, entries)).toBeNull();
    // An exception changed in the state file alone is damage.
    const edited = { ...after, exceptions: [{ ...after.exceptions[0]!, decided: 'Carried on' }] };
    expect(stateDisagreement(ceremony.id, edited, entries)).toMatchObject({
      field: 'exceptions',
      kind: 'exception',
    });
    await c.abandon(ceremony.id);
    await expect(c.recordException(ceremony.id, exception)).rejects.toMatchObject({ code: 'ceremony.over' });
  });
});
