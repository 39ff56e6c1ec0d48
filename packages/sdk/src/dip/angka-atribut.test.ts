import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bacaBasiSetelah, bacaTimeout, petunjukAngkaAtribut } from './angka-atribut.js';

test('timeout: whole milliseconds from 1; anything else is the default, 10000', () => {
  assert.equal(bacaTimeout(20_000), 20_000);
  assert.equal(bacaTimeout(1), 1);
  for (const v of [undefined, null, 0, -5, 1.5, Number.NaN, Infinity, '20000'])
    assert.equal(bacaTimeout(v), 10_000, String(v));
});

test('stale-after: whole days from 0; anything else is the default, 365', () => {
  assert.equal(bacaBasiSetelah(0), 0);
  assert.equal(bacaBasiSetelah(30), 30);
  for (const v of [undefined, -1, 0.5, Number.NaN, Infinity])
    assert.equal(bacaBasiSetelah(v), 365, String(v));
});

test('petunjukAngkaAtribut: nothing for a value taken; else the value, the rule and the default used (id, en)', () => {
  assert.equal(petunjukAngkaAtribut('timeout', '20000'), undefined);
  assert.equal(petunjukAngkaAtribut('stale-after', '0'), undefined);
  assert.deepEqual(petunjukAngkaAtribut('timeout', '1.5'), {
    id: 'timeout "1.5" bukan bilangan bulat 1 atau lebih: elemen memakai bawaannya, 10000.',
    en: 'timeout "1.5" is not a whole number of 1 or more: the element uses its default, 10000.',
  });
  assert.match(petunjukAngkaAtribut('stale-after', 'setahun')!.id, /bilangan bulat 0 atau lebih: .* 365\.$/);
});
