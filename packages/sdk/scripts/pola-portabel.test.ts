// The published patterns (SDK, monitor and server files) must mean in every engine what the runtime
// patterns mean in Node: ajv with and without Unicode mode here, Python's `re` where python3 exists.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { Ajv } from 'ajv';
import { POLA_TAUTAN, POLA_WEB } from '../src/index.js';
import { POLA_EMAIL_NORMAL } from '../src/request/email.js';
import { polaPortabel } from './pola-portabel.js';

const akar = new URL('../../', import.meta.url);
const berkas = [
  ...['sdk/schema/', 'monitor/schema/'].flatMap((d) =>
    readdirSync(new URL(d, akar)).map((n) => new URL(d + n, akar)),
  ),
  new URL('server/openapi.json', akar),
];

/** Every `pattern` string anywhere in a JSON document. */
function pola(node: unknown, out: Set<string>): Set<string> {
  if (Array.isArray(node)) for (const x of node) pola(x, out);
  else if (node && typeof node === 'object')
    for (const [k, v] of Object.entries(node)) {
      if (k === 'pattern' && typeof v === 'string') out.add(v);
      else pola(v, out);
    }
  return out;
}
const semuaPola = [
  ...berkas.reduce((s, b) => pola(JSON.parse(readFileSync(b, 'utf8')), s), new Set<string>()),
];

const titikKode = (satu: RegExp): string[] => {
  const out: string[] = [];
  for (let c = 0; c <= 0x10ffff; c++)
    if (!(c >= 0xd800 && c <= 0xdfff) && satu.test(String.fromCodePoint(c)))
      out.push(String.fromCodePoint(c));
  return out;
};
// Every format character (bidi, soft hyphen, tags…), space and control character, C1 too (U+0085, which
// Python's `\s` holds and ECMA's does not; U+009B, a terminal escape).
const tersembunyi = titikKode(/^[\p{Cf}\s\p{Cc}]$/u);
const baik = [
  'https://sukamaju.go.id/',
  'HTTP://Sukamaju.go.id:8080/ppid/dip?tahun=2026&x=%E2%80%8B#bagian',
  'https://desa.id/berita/kabar-désa',
  'https://desa.id/😀',
  'mailto:ppid@sukamaju.go.id',
  'tel:+62(21)555-0100',
];
const contoh = [
  ...baik,
  ...tersembunyi.flatMap((h) => [
    `https://suka${h}maju.go.id/`,
    `https://sukamaju.go.id/a${h}b`,
    `mailto:a${h}@b.id`,
  ]),
  'https://sukamaju.go.id/\n', // Python and PCRE read a bare `$` as also before a final newline
  'https://sukamaju.go.id@evil.example/',
  'javascript:alert(1)',
  'java\tscript:alert(1)',
  'https://x.id/\u{1F4BD}', // shares a surrogate half with U+110BD (see pola-portabel.ts)
  // for the other patterns: ids, digits, dates, keys
  'a',
  ' ',
  '\x1C',
  '1234567890123456',
  '1234567890123456\n',
  '١٢٣٤٥٦٧٨٩٠١٢٣٤٥٦',
  '2026-11-30',
  '2026-11-30T08:00:00+07:00',
  'ppid@sukamaju.go.id',
  '+6281234567890',
  'kunci-idempoten-123',
];

test('every published pattern compiles in ajv with and without Unicode mode, the link patterns accept and refuse what POLA_WEB and POLA_TAUTAN do, and the rest match alike (Python re too, where python3 is installed)', (t) => {
  assert.ok(semuaPola.length > 10);
  const ajvU = new Ajv({ strict: false });
  const ajvN = new Ajv({ strict: false, unicodeRegExp: false });
  // The reference: ajv in Unicode mode, as JSON Schema reads patterns (ECMA-262 with `u`).
  const hasil = new Map<string, boolean[]>();
  let tautan = 0;
  for (const p of semuaPola) {
    const u = ajvU.compile({ type: 'string', pattern: p });
    const n = ajvN.compile({ type: 'string', pattern: p });
    const hu = contoh.map((s) => u(s) as boolean);
    hasil.set(p, hu);
    const runtime = p.startsWith('^(?:[Hh]') ? POLA_TAUTAN : p.startsWith('^[Hh]') ? POLA_WEB : undefined;
    if (runtime) {
      tautan++;
      contoh.forEach((s, i) =>
        assert.equal(hu[i], runtime.test(s), `${runtime} ≠ schema on ${JSON.stringify(s)}`),
      );
      for (const s of baik.filter((s) => runtime === POLA_TAUTAN || /^http/i.test(s))) assert.ok(u(s), s);
      for (const h of tersembunyi) assert.equal(u(`https://sukamaju.go.id/a${h}b`), false, JSON.stringify(h));
    }
    // Without `u` an astral member is two surrogate members: such an engine may refuse more, never less.
    contoh.forEach((s, i) => {
      if (n(s) !== hu[i])
        assert.ok(
          hu[i] && [...s].some((c) => c.length === 2),
          `non-Unicode ajv ≠ on ${JSON.stringify(s)}: ${p}`,
        );
    });
    if (runtime) assert.equal(n('https://x.id/\u{1F4BD}'), false); // the documented over-refusal
  }
  assert.equal(tautan, 2, 'the schema forms of POLA_WEB and POLA_TAUTAN');
  const python = spawnSync('python3', ['-c', PYTHON], {
    input: JSON.stringify({ pola: semuaPola, contoh }),
    encoding: 'utf8',
  });
  if (python.error) {
    t.diagnostic('python3 tidak ada / not installed: the Python re half did not run');
    return;
  }
  assert.equal(python.status, 0, python.stderr);
  const py = JSON.parse(python.stdout) as Record<string, boolean[]>;
  for (const [p, hu] of hasil)
    contoh.forEach((s, i) =>
      assert.equal(py[p]![i], hu[i], `Python re ≠ ECMA on ${JSON.stringify(s)}: ${p}`),
    );
});

// jsonschema's `pattern` is re.search; compiling also checks the `regex` format jsonschema applies.
const PYTHON = `
import json, re, sys, warnings
warnings.simplefilter('error')
d = json.load(sys.stdin)
print(json.dumps({p: [re.search(p, s) is not None for s in d['contoh']] for p in [re.compile(x).pattern for x in d['pola']]}))
`;

test('polaPortabel refuses what it cannot write portably, naming the pattern', () => {
  for (const [pola, apa] of [
    [/\w+/, '\\w'],
    [/\p{L}/u, '\\p'],
    [/a/g, 'flags'],
    [/[^]/, 'empty class'],
    [/[\s-x]/, 'range'],
  ] as const)
    assert.throws(
      () => polaPortabel(pola),
      (e: Error) => e.message.includes(apa) && e.message.includes(String(pola)),
    );
});

test('polaPortabel keeps what each runtime pattern matches: every code point for \\S and \\p{Cc}, the samples for the others', () => {
  const sama = (r: RegExp, s: string) =>
    assert.equal(new RegExp(polaPortabel(r), r.flags).test(s), r.test(s), `${r} on ${JSON.stringify(s)}`);
  for (let c = 0; c <= 0x10ffff; c++)
    if (!(c >= 0xd800 && c <= 0xdfff)) {
      sama(/^\S$/, String.fromCodePoint(c));
      sama(/^[^\p{Cc}]$/u, String.fromCodePoint(c));
    }
  for (const r of [POLA_WEB, POLA_TAUTAN, POLA_EMAIL_NORMAL, /^\d{16}$/, /^\+62[2-9]\d{7,11}$/])
    for (const x of contoh) sama(r, x);
});
