/**
 * From a Recovery: starts the set-up of the new Main Key. After a lost phone the new Main Key is
 * Cobo plus the new phone (Cobo's manual, October 2025: a standard vault's Main Key is 2/2, and no
 * node of a live key may join it), so the design starts there and the officer adds the new phone.
 * Closing that set-up returns to the Recovery (CloseStep).
 */
import { STANDARD_SHAPES } from '../../../common/ceremony/key-rules';
import type { Ceremony, GroupDesign } from '../../../common/contract';
import { useCeremonies } from '../store/ceremonies';
import type { StepProps } from '../steps/StepProps';
import { useT } from '../store/language';

export const newMainGroupDesign = (): GroupDesign => ({
  type: 'MainGroup',
  ...STANDARD_SHAPES.MainGroup,
  holders: [],
});

export function NewMainGroupButton({
  ceremony,
  run,
  busy,
}: {
  ceremony: Ceremony;
  run: StepProps['run'];
  busy: boolean;
}) {
  const startWith = useCeremonies((c) => c.startWith);
  const t = useT();
  return (
    <button
      type="button"
      className="button button-primary"
      disabled={busy}
      onClick={() =>
        void run(() =>
          startWith('GroupSetup', ceremony.profileId, {
            vaultId: ceremony.selection.vaultId,
            design: newMainGroupDesign(),
          }),
        )
      }
    >
      {t('ceremonies.newMainKey')}
    </button>
  );
}
