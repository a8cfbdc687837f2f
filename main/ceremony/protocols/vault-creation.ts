/** Creating an Org-Controlled vault (create_mpc_vault): one POST, answered by the new vault; nothing to follow. */
import type { Translate } from '../../../common/i18n/translate';
import type { Verdict } from '../../../common/ceremony/rules';
import type { Ceremony } from '../../../common/contract';
import { VAULTS_PATH } from '../../cobo/paths';
import { vaultView } from '../cobo-views';
import { vaultsContext } from '../vault-context';
import { idFromAnswer, type Outcome, type Protocol } from './protocol';

const created = (vaultId: string, name: string, journal: Outcome['journal']): Outcome => ({
  journal,
  apply(state: Ceremony) {
    state.selection = { ...state.selection, vaultId };
    state.vaultName = name;
  },
  finishes: true,
});

const check = (state: Ceremony, names: readonly string[], t: Translate): Verdict => {
  const name = state.selection.newVault?.name.trim() ?? '';
  const problems = !name
    ? [t('checks.problem.vaultUnnamed')]
    : names.includes(name)
      ? [t('checks.problem.vaultNameTaken', { name })]
      : [];
  return { ok: problems.length === 0, problems };
};

export const vaultCreation: Protocol = {
  holdersApprove: false,
  readyKey: 'checks.ready.vaultCreation',
  load: (_state, client) => vaultsContext(client),
  before: (context) => ({ vaults_before: context.vaults.map((v) => v.vault_id) }),
  check: (state, context, t) =>
    check(
      state,
      context.vaults.map((v) => v.name),
      t,
    ),
  call: () => ({ method: 'POST', path: VAULTS_PATH }),
  body: (state) => ({ name: state.selection.newVault?.name.trim() ?? '', vault_type: 'Org-Controlled' }),

  async send(client, _state, body) {
    const answer = await client.createMpcVault(body);
    const id = idFromAnswer(client, answer.vault_id, 'vault ID');
    const vault = vaultView(answer);
    return created(id, vault.name, { vault_id: id, name: vault.name });
  },

  async find(state, intent, client) {
    const name = state.selection.newVault?.name.trim() ?? '';
    const before = new Set(Array.isArray(intent?.data.vaults_before) ? intent.data.vaults_before : []);
    const found = (await vaultsContext(client)).vaults.filter(
      (v) => v.vault_id !== '' && !before.has(v.vault_id) && v.name === name,
    );
    if (found.length !== 1 || !found[0]) return null;
    return created(found[0].vault_id, found[0].name, {
      reconciled: true,
      vault_id: found[0].vault_id,
      name: found[0].name,
    });
  },
};
