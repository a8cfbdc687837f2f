// @vitest-environment node
/** A lost phone as Cobo reports it: Changed phone, Unavailable group, and the new phone beside it. */
import { describe, expect, it } from 'vitest';
import {
  groupStatusInWords,
  holderStatusInWords,
  lostPhoneReport,
  mainGroupPhones,
  replacedPhone,
} from '../../../common/ceremony/lost-phone';
import { group, holder } from '../../fixtures/groups';
import { EN } from '../../../common/i18n/translate';

const cobo = holder('Cobo', { type: 'Cobo' });
const lostAlice = holder('Alice', { status: 'Changed' });
const oldMain = group('old', 'MainGroup', [cobo, lostAlice, holder('Bilal')], {
  status: 'Unavailable',
  has_keys: true,
});
const newAlice = holder('Alice', { tss_node_id: 'node-Alice-2' });
const newMain = group('new', 'MainGroup', [cobo, newAlice, holder('Bilal')]);
const signing = group('sign', 'SigningGroup', [cobo, holder('Dana')], { status: 'Valid', has_keys: true });

describe('a lost phone as Cobo reports it', () => {
  it('accepts a phone Cobo reports as Changed, with its group and the new phone of the same holder', () => {
    const r = lostPhoneReport('node-Alice', [oldMain, newMain, signing], [], EN);
    expect(r.problem).toBeNull();
    expect(r.holder).toBe(lostAlice);
    expect(r.group).toBe(oldMain);
    expect(r.newPhone).toBe(newAlice);
  });

  it('finds no new phone while the holder has none listed, and takes one from the nodes Cobo lists', () => {
    expect(lostPhoneReport('node-Alice', [oldMain], [], EN).newPhone).toBeNull();
    expect(lostPhoneReport('node-Alice', [oldMain], [newAlice], EN).newPhone).toBe(newAlice);
    // A phone of someone else, or of another kind, is not Alice's new phone.
    const others = [
      holder('Bilal', { tss_node_id: 'x' }),
      holder('Alice', { tss_node_id: 'y', type: 'API' }),
    ];
    expect(lostPhoneReport('node-Alice', [oldMain], others, EN).newPhone).toBeNull();
    // Nor is one Cobo does not count as in use.
    expect(
      lostPhoneReport(
        'node-Alice',
        [oldMain],
        [holder('Alice', { tss_node_id: 'z', status: 'NotActivated' })],
        EN,
      ).newPhone,
    ).toBeNull();
  });

  it('refuses a phone Cobo still counts as in use, saying its status, the group’s and what to do', () => {
    const r = lostPhoneReport('node-Bilal', [oldMain], [], EN);
    expect(r.holder?.name).toBe('Bilal');
    expect(r.problem).toBe(
      'Cobo does not report Bilal’s phone as lost: its status is Valid (configured and activated: Cobo counts it as in use), and the Main Key is Unavailable. ' +
        'Cobo marks a phone Changed, and its Main Key Unavailable, once its holder sets up Cobo Guard on a new phone. ' +
        'Have Bilal set up Cobo Guard on the new phone first; this step then shows the phone as Changed.',
    );
    const notActivated = group('m', 'MainGroup', [cobo, holder('Eve', { status: 'NotActivated' })], {
      status: 'Valid',
    });
    expect(lostPhoneReport('node-Eve', [notActivated], [], EN).problem).toMatch(
      /^Cobo does not report Eve’s phone as lost: its status is NotActivated \(Cobo Guard is set up on it but not activated\), and the Main Key is Valid\./,
    );
  });

  it('refuses no choice, and a phone outside every Main Key', () => {
    expect(lostPhoneReport(null, [oldMain], [], EN).problem).toBe('Choose whose phone was lost.');
    expect(lostPhoneReport('node-Dana', [oldMain, signing], [], EN).problem).toBe(
      'Cobo does not list the chosen phone in this vault’s Main Key; choose the lost phone among the Main Key’s holders.',
    );
  });

  it('offers only phones: never an API co-signer (Server Signer) of the Main Key, nor Cobo’s node', () => {
    const server = holder('Server', { type: 'API', signer: true, tss_node_id: 'node-Server' });
    const withServer = group('srv', 'MainGroup', [cobo, holder('Alice'), server], {
      status: 'Valid',
      has_keys: true,
    });
    expect(mainGroupPhones([withServer]).phones.map((h) => h.name)).toEqual(['Alice']);
  });

  it('offers the Unavailable Main Key’s phones first, else the Valid one’s, never a New one’s nor Cobo’s', () => {
    const valid = { ...oldMain, status: 'Valid' };
    expect(mainGroupPhones([newMain, oldMain]).group).toBe(oldMain);
    expect(mainGroupPhones([newMain, valid]).group).toBe(valid);
    expect(mainGroupPhones([newMain]).group).toBeNull();
    expect(mainGroupPhones([oldMain]).phones.map((h) => h.name)).toEqual(['Alice', 'Bilal']);
  });

  it('tells a new phone by the Changed node of the same holder it replaces', () => {
    const all = [...oldMain.holders, ...newMain.holders];
    expect(replacedPhone(newAlice, all)).toBe(lostAlice);
    expect(replacedPhone({ tss_node_id: 'node-Alice-2', name: 'Alice' }, all)).toBe(lostAlice);
    expect(replacedPhone(lostAlice, all)).toBeNull(); // the lost phone itself
    expect(replacedPhone(holder('Bilal', { tss_node_id: 'b2' }), all)).toBeNull();
    expect(replacedPhone({ ...newAlice, type: 'API' }, all)).toBeNull();
  });

  it('says every status in the spec’s terms, and an unknown one as unknown', () => {
    expect(holderStatusInWords('Changed', EN)).toMatch(/set up Cobo Guard on a new phone/);
    expect(holderStatusInWords('NotConfigured', EN)).toBe('Cobo Guard has not been set up on it');
    expect(holderStatusInWords('Retired', EN)).toBe('a status this app does not know (Retired)');
    expect(groupStatusInWords('Unavailable', EN)).toMatch(/moving to a new phone/);
    expect(groupStatusInWords('New', EN)).toBe('created, with no key shares yet');
    expect(groupStatusInWords('Gone', EN)).toBe('a status this app does not know (Gone)');
  });
});
