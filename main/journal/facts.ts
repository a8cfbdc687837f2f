/**
 * What a journal records about its ceremony, read from the entries alone: the facts a transcript's
 * header states, History lists and the state file must agree with. Each fact remembers the entry it
 * came from, so a disagreement names the line to look at.
 */
import { closureIndex, type JournalEntry } from './chain';

export interface RootKey {
  readonly curve: string;
  readonly root_pubkey: string;
}

export interface RecordFacts {
  ceremony_id: string | null;
  ceremony_type: string | null;
  environment: string | null;
  api_key_fingerprint: string | null;
  vault: { vault_id: string | null; name: string | null };
  /** "Name (TSS node ID)" for each custodian checked in, in the order they were. */
  participants: string[];
  witnesses: string[];
  outcome: string | null;
  tss_request_id: string | null;
  root_pubkeys: RootKey[];
  started_at: string | null;
}

export type FactName = keyof RecordFacts;

export interface FactsReading {
  readonly facts: RecordFacts;
  /** The entry (its seq) each fact was last set by; absent while the journal says nothing of it. */
  readonly source: Partial<Record<FactName, number>>;
  /** Every TSS request id the journal saw answered: a ceremony sends at most one. */
  readonly tssRequestIds: string[];
  /** The journal ends with its closing entry. */
  readonly closed: boolean;
}

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function rootKeys(value: unknown): RootKey[] | null {
  if (!Array.isArray(value)) return null;
  return value.filter(isRecord).map((k) => ({ curve: String(k.curve), root_pubkey: String(k.root_pubkey) }));
}

export function readFacts(entries: readonly JournalEntry[]): FactsReading {
  const facts: RecordFacts = {
    ceremony_id: null,
    ceremony_type: null,
    environment: null,
    api_key_fingerprint: null,
    vault: { vault_id: null, name: null },
    participants: [],
    witnesses: [],
    outcome: null,
    tss_request_id: null,
    root_pubkeys: [],
    started_at: null,
  };
  const source: Partial<Record<FactName, number>> = {};
  const tssRequestIds: string[] = [];
  const checkedIn = new Set<string>();
  const set = <K extends FactName>(name: K, value: RecordFacts[K], seq: number) => {
    facts[name] = value;
    source[name] = seq;
  };
  for (const { seq, at, kind, data } of entries) {
    switch (kind) {
      case 'ceremony_started':
        set('ceremony_id', text(data.ceremony_id), seq);
        set('ceremony_type', text(data.kind), seq);
        set('environment', text(data.environment), seq);
        set('api_key_fingerprint', text(data.api_key_fingerprint), seq);
        set('started_at', at, seq);
        break;
      case 'step_completed':
        if (data.step === 'selection' && isRecord(data.selection))
          set('vault', { vault_id: text(data.selection.vaultId), name: text(data.vault_name) }, seq);
        break;
      case 'custodian_checkin': {
        const node = text(data.tss_node_id) ?? '';
        if (!checkedIn.has(node)) {
          checkedIn.add(node);
          set('participants', [...facts.participants, `${text(data.name) ?? node} (${node})`], seq);
        }
        break;
      }
      case 'witnesses':
        if (Array.isArray(data.names)) set('witnesses', data.names.map(String), seq);
        break;
      case 'response_received': {
        const id = text(data.tss_request_id);
        if (id) {
          tssRequestIds.push(id);
          set('tss_request_id', id, seq);
        }
        // A vault created by the ceremony (VaultSetup) is the ceremony's vault from then on.
        const vaultId = text(data.vault_id);
        if (vaultId) set('vault', { vault_id: vaultId, name: text(data.name) ?? facts.vault.name }, seq);
        break;
      }
      case 'verification_result': {
        const keys = rootKeys(data.root_pubkeys);
        if (keys) set('root_pubkeys', keys, seq);
        break;
      }
      case 'ceremony_finished':
        set('outcome', text(data.outcome), seq);
        break;
      case 'closure':
        set('outcome', text(data.outcome) ?? facts.outcome, seq);
        break;
      default:
        break;
    }
  }
  return {
    facts,
    source,
    tssRequestIds: [...new Set(tssRequestIds)],
    closed: closureIndex(entries) >= 0,
  };
}
