// The theming docs an admin reads (docs/en/widgets.md, docs/id/widget.md) name, for each element, exactly
// the --ppid-* properties and ::part names the element manifest gives it (custom-elements.json, built from the
// classes' @cssprop and @csspart; manifes.test.ts checks it against the CSS the elements read), and give each
// property its default. `npm test` builds the widgets first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

interface Nama {
  readonly name: string;
  readonly default?: string;
}
interface Deklarasi {
  readonly kind: string;
  readonly name: string;
  readonly cssParts?: readonly Nama[];
  readonly cssProperties?: readonly Nama[];
}
interface Manifes {
  readonly modules: readonly {
    readonly path: string;
    readonly declarations?: readonly Deklarasi[];
    readonly exports?: readonly {
      kind: string;
      name: string;
      declaration: { name: string; module?: string };
    }[];
  }[];
}

const manifes = JSON.parse(
  readFileSync(new URL('../dist/custom-elements.json', import.meta.url), 'utf8'),
) as Manifes;

/** Each element the manifest defines (its tag) with its class declaration. */
function elemen(): Map<string, Deklarasi> {
  const kelas = new Map<string, Deklarasi>();
  for (const mod of manifes.modules)
    for (const d of mod.declarations ?? []) if (d.kind === 'class') kelas.set(`${mod.path}#${d.name}`, d);
  const hasil = new Map<string, Deklarasi>();
  for (const mod of manifes.modules)
    for (const e of mod.exports ?? [])
      if (e.kind === 'custom-element-definition')
        hasil.set(e.name, kelas.get(`${e.declaration.module}#${e.declaration.name}`)!);
  return hasil;
}

/** Each doc, with the heading of its theming section. */
const DOK = [
  { berkas: 'docs/en/widgets.md', judul: '### Custom properties and parts of each element' },
  { berkas: 'docs/id/widget.md', judul: '### Properti CSS dan bagian tiap elemen' },
] as const;

/** The section under `judul`, up to the next heading of its level or above. */
function bagian(berkas: string, judul: string): string {
  const baris = readFileSync(new URL(`../../../${berkas}`, import.meta.url), 'utf8').split('\n');
  const awal = baris.indexOf(judul);
  assert.ok(awal >= 0, `${berkas}: no section "${judul}"`);
  const akhir = baris.findIndex((b, i) => i > awal && /^#{1,3} /.test(b));
  return baris.slice(awal + 1, akhir < 0 ? undefined : akhir).join('\n');
}

/** The list items of a section that begin with an element's tag (`- \`<ppid-…>\``), by tag. */
function butir(teks: string, berkas: string): Map<string, string> {
  const hasil = new Map<string, string>();
  for (const m of teks.matchAll(/^- `<(ppid-[a-z-]+)>`.*(?:\n {2}.*)*/gm)) {
    assert.ok(!hasil.has(m[1]!), `${berkas}: <${m[1]}> has two items`);
    hasil.set(m[1]!, m[0]);
  }
  return hasil;
}

const urut = (x: Iterable<string>): string[] => [...new Set(x)].sort();

const el = elemen();

test('the manifest gives the elements their properties and parts (what the docs are checked against)', () => {
  for (const t of ['ppid-informasi-berkala', 'ppid-daftar-informasi', 'ppid-badge', 'ppid-permintaan'])
    assert.ok(el.has(t), `${t} is not in custom-elements.json`);
  for (const [t, d] of el) {
    assert.ok((d.cssProperties ?? []).length > 0, `${t}: no --ppid-* property`);
    assert.ok((d.cssParts ?? []).length > 0, `${t}: no part`);
  }
});

for (const { berkas, judul } of DOK) {
  test(`${berkas} names each element's --ppid-* properties and ::part names, exactly`, () => {
    const item = butir(bagian(berkas, judul), berkas);
    assert.deepEqual(urut(item.keys()), urut(el.keys()), `${berkas}: one item per element`);
    for (const [t, d] of el) {
      const teks = item.get(t)!;
      assert.deepEqual(
        urut(teks.match(/--ppid-[a-z-]+/g) ?? []),
        urut((d.cssProperties ?? []).map((p) => p.name)),
        `${berkas} <${t}>: the --ppid-* properties named ≠ the manifest's`,
      );
      assert.deepEqual(
        urut([...teks.matchAll(/::part\(([a-z-]+)\)/g)].map((m) => m[1]!)),
        urut((d.cssParts ?? []).map((p) => p.name)),
        `${berkas} <${t}>: the ::part names named ≠ the manifest's`,
      );
    }
  });

  test(`${berkas} gives every --ppid-* property a row with the manifest's default`, () => {
    const teks = bagian(berkas, judul);
    /** The table's rows: property → its light default cell. */
    const baris = new Map(
      [...teks.matchAll(/^\| `(--ppid-[a-z-]+)` +\| ([^|]*?) +\|/gm)].map((m) => [m[1]!, m[2]!]),
    );
    const semua = new Map<string, string | undefined>();
    for (const d of el.values()) for (const p of d.cssProperties ?? []) semua.set(p.name, p.default);
    assert.deepEqual(urut(baris.keys()), urut(semua.keys()), `${berkas}: the table's properties`);
    for (const [p, bawaan] of semua)
      if (bawaan && /^(#[0-9a-f]{6}|\d+px)$/.test(bawaan))
        assert.equal(baris.get(p), `\`${bawaan}\``, `${berkas}: the default of ${p}`);
  });
}
