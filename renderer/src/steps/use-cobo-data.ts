/** Cobo's groups and nodes for a ceremony's vault, loaded through main with the ceremony's profile. */
import { useCallback, useEffect, useState } from 'react';
import type { Ceremony, ErrorPayload, GroupView, HolderView } from '../../../preload/contract';
import { call, errorPayload } from '../api';

export interface CoboData {
  groups: GroupView[];
  nodes: HolderView[];
  error: ErrorPayload | null;
  reload(): void;
}

export function useCoboData(ceremony: Ceremony): CoboData {
  const [groups, setGroups] = useState<GroupView[]>([]);
  const [nodes, setNodes] = useState<HolderView[]>([]);
  const [error, setError] = useState<ErrorPayload | null>(null);
  const [version, setVersion] = useState(0);
  const vaultId = ceremony.selection.vaultId;
  const profileId = ceremony.profileId;
  useEffect(() => {
    if (!vaultId) return;
    let live = true;
    call('cobo.groups', { profileId, vaultId })
      .then((d) => {
        if (!live) return;
        setGroups(d.groups);
        setNodes(d.nodes);
        setError(null);
      })
      .catch((e: unknown) => live && setError(errorPayload(e)));
    return () => {
      live = false;
    };
  }, [profileId, vaultId, version]);
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { groups, nodes, error, reload };
}

/** The custodians taking part: non-Cobo holders of the target group and the chosen source nodes. */
export function participantsOf(ceremony: Ceremony, data: Pick<CoboData, 'groups' | 'nodes'>): HolderView[] {
  const ids = new Set<string>();
  if (ceremony.kind === 'GroupSetup') {
    for (const h of ceremony.selection.design?.holders ?? []) ids.add(h.tss_node_id);
  } else {
    const target = data.groups.find((g) => g.key_share_holder_group_id === ceremony.selection.targetGroupId);
    for (const h of target?.holders ?? []) ids.add(h.tss_node_id);
    for (const id of ceremony.selection.sourceNodeIds) ids.add(id);
  }
  const all = [...data.nodes, ...data.groups.flatMap((g) => g.holders)];
  return [...ids].flatMap((id) => {
    const h = all.find((n) => n.tss_node_id === id);
    return h && h.type !== 'Cobo' ? [h] : [];
  });
}
