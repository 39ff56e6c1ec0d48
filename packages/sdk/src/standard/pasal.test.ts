import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hurufPasal17, hurufPasal35, PASAL_17, PASAL_35 } from './pasal.js';
import { HURUF_PASAL_17 } from './kode.js';

test('Pasal 17 lists grounds a–j and Pasal 35 ayat 1 grounds a–g, each with its own citation', () => {
  assert.deepEqual(
    PASAL_17.map((p) => p.letter),
    ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'],
  );
  // The letters the schema and the catalog core use are the grounds this module titles, in order.
  assert.deepEqual(
    PASAL_17.map((p) => p.letter),
    [...HURUF_PASAL_17],
  );
  assert.deepEqual(
    PASAL_35.map((p) => p.letter),
    ['a', 'b', 'c', 'd', 'e', 'f', 'g'],
  );
  for (const p of PASAL_17) {
    assert.equal(p.basis.article, `Pasal 17 huruf ${p.letter}`);
    assert.ok(p.basis.verified && p.title.id && p.title.en);
  }
  for (const p of PASAL_35) {
    assert.equal(p.basis.article, `Pasal 35 ayat (1) huruf ${p.letter}`);
    assert.ok(p.title.id && p.title.en);
  }
});

test('Pasal 17 huruf b protects from unfair competition, as the law words it', () => {
  assert.equal(
    hurufPasal17('b')?.title.id,
    'Mengganggu kepentingan perlindungan hak atas kekayaan intelektual dan perlindungan dari persaingan usaha tidak sehat',
  );
});

test('grounds are looked up by letter in any case; other letters give undefined', () => {
  assert.equal(hurufPasal17('H')?.title.id, 'Mengungkap rahasia pribadi');
  assert.equal(hurufPasal17('k'), undefined);
  assert.equal(hurufPasal35(' g ')?.letter, 'g');
  assert.equal(hurufPasal35('h'), undefined);
});
