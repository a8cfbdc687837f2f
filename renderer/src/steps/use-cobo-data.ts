/** Cobo's groups and nodes for a ceremony's vault, loaded through main with the ceremony's profile. */
import { useCallback, useEffect, useState } from 'react';
import type { Ceremony, ErrorPayload, GroupView, HolderView } from '../../../common/contract';
import { participants } from '../../../common/ceremony/rules';
import { call, errorPayload } from '../api';

export interface CoboData {
  groups: GroupView[];
  nodes: HolderView[];
  /** Cobo's own key share holders (Cobo adds one to Main and Signing Keys). */
  cobo: HolderView[];
  error: ErrorPayload | null;
  /** Whether Cobo has answered for this vault at least once (before that the lists are empty, not known empty). */
  loaded: boolean;
  reload(): void;
}

export function useCoboData(ceremony: Ceremony): CoboData {
  const [groups, setGroups] = useState<GroupView[]>([]);
  const [nodes, setNodes] = useState<HolderView[]>([]);
  const [cobo, setCobo] = useState<HolderView[]>([]);
  const [error, setError] = useState<ErrorPayload | null>(null);
  const [loaded, setLoaded] = useState(false);
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
        setCobo(d.cobo);
        setError(null);
        setLoaded(true);
      })
      .catch((e: unknown) => live && setError(errorPayload(e)));
    return () => {
      live = false;
    };
  }, [profileId, vaultId, version]);
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { groups, nodes, cobo, error, loaded, reload };
}

/** The custodians taking part, by the same rule main enforces. */
export const participantsOf = (ceremony: Ceremony, data: Pick<CoboData, 'groups' | 'nodes'>): HolderView[] =>
  participants(ceremony.kind, ceremony.selection, data.groups, data.nodes);
