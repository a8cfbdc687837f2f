/**
 * From a Recovery: starts the set-up of the new Main Group, designed as the old one was without the
 * lost phone (the officer adds the new one). Closing that set-up returns to the Recovery (CloseStep).
 */
import type { Ceremony, GroupDesign, GroupView, HolderView } from '../../../common/contract';
import { useCeremonies } from '../store/ceremonies';
import type { StepProps } from '../steps/StepProps';

export function newMainGroupDesign(old: GroupView, lost: HolderView): GroupDesign {
  const kept = old.holders.filter((h) => h.type !== 'Cobo' && h.tss_node_id !== lost.tss_node_id);
  const signer = kept.some((h) => h.signer);
  return {
    type: 'MainGroup',
    threshold: old.threshold,
    participants: old.participants,
    holders: kept.map((h, i) => ({
      tss_node_id: h.tss_node_id,
      name: h.name,
      ...(h.type === 'Mobile' || h.type === 'API' ? { type: h.type } : {}),
      signer: signer ? h.signer : i === 0,
    })),
  };
}

export function NewMainGroupButton({
  ceremony,
  oldMain,
  lost,
  run,
  busy,
}: {
  ceremony: Ceremony;
  oldMain: GroupView;
  lost: HolderView;
  run: StepProps['run'];
  busy: boolean;
}) {
  const startWith = useCeremonies((c) => c.startWith);
  return (
    <button
      type="button"
      className="button button-primary"
      disabled={busy}
      onClick={() =>
        void run(() =>
          startWith('GroupSetup', ceremony.profileId, {
            vaultId: ceremony.selection.vaultId,
            design: newMainGroupDesign(oldMain, lost),
          }),
        )
      }
    >
      Set up the new Main Group
    </button>
  );
}
