/** Every holder Cobo lists for a vault: the vault's list, then each group's, with repeats. */
import type { GroupView, HolderView } from '../contract';

export const everyHolder = (groups: readonly GroupView[], nodes: readonly HolderView[]): HolderView[] => [
  ...nodes,
  ...groups.flatMap((g) => g.holders),
];
