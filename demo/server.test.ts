// `npm start`'s server as a visitor's browser (and an attacker) meets it: a real process on loopback.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { request } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { mulaiDemo, situs } from './uji-bantuan.js';
import type { Demo } from './uji-bantuan.js';

let demo: Demo;

before(async () => {
  demo = await mulaiDemo();
});

after(async () => {
  await demo.tutup();
});

/** A raw request: the path is sent as written (fetch would normalise `/../`). */
function minta(
  path: string,
  opsi: { method?: string; headers?: Record<string, string> } = {},
): Promise<{
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  /** The bytes as they came (still compressed, if they were). */
  mentah: Buffer;
}> {
  const { port } = new URL(demo.url);
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path, method: opsi.method ?? 'GET', headers: opsi.headers },
      (res) => {
        const potongan: Buffer[] = [];
        res.on('data', (d: Buffer) => potongan.push(d));
        res.on('end', () => {
          const mentah = Buffer.concat(potongan);
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: mentah.toString('utf8'),
            mentah,
          });
        });
      },
    );
    req.on('error', reject);
    req.end();
  });
}

const HTML = readdirSync(situs).filter((f) => f.endsWith('.html'));
/** What a browser sends (Chromium's Accept-Encoding). */
const PERAMBAN = { 'Accept-Encoding': 'gzip, deflate, br, zstd' };

/** The nonce a response's CSP names for its scripts and styles (a page's), if any. */
const nonceDari = (r: { headers: Record<string, string | string[] | undefined> }): string | undefined =>
  /script-src 'self' 'nonce-([A-Za-z0-9+/]+=*)'/.exec(String(r.headers['content-security-policy']))?.[1];

/** A page's body with the nonce of its own response back as the layout's placeholder `{nonce-csp}`. */
const tanpaNonce = (r: { headers: Record<string, string | string[] | undefined> }, isi: Buffer): string =>
  isi.toString('utf8').replaceAll(nonceDari(r) ?? '{nonce-csp}', '{nonce-csp}');

/** The site's own pages (the layout and a part); /pemantauan/ is the monitor's report (demo/pemantauan.test.ts). */
const halamanSitus = (): string[] => demo.halaman.filter((p) => !p.startsWith('/pemantauan/'));

test('npm start prints its URL on 127.0.0.1 and every page of the demo', () => {
  assert.match(demo.url, /^http:\/\/127\.0\.0\.1:\d+$/);
  assert.ok(HTML.length >= 4, 'the demo has its pages');
  for (const f of HTML) {
    const path = f === 'index.html' ? '/' : `/${f}`;
    assert.ok(demo.halaman.includes(path), `${path} is listed by npm start`);
  }
});

test('every page: 200, HTML, and a strict CSP without unsafe-inline', async () => {
  for (const path of demo.halaman) {
    const r = await minta(path);
    assert.equal(r.status, 200, path);
    assert.match(String(r.headers['content-type']), /^text\/html; charset=utf-8$/, path);
    const csp = String(r.headers['content-security-policy']);
    assert.match(csp, /(^|; )default-src 'self'(;|$)/, path);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval|\*/, path);
    assert.equal(r.headers['x-content-type-options'], 'nosniff', path);
  }
});

test('each page response has its own nonce, in its CSP and in the page; a 304 carries no CSP', async () => {
  const polos =
    "default-src 'self'; base-uri 'none'; object-src 'none'; frame-ancestors 'none'; form-action 'self'";
  for (const path of halamanSitus()) {
    const [a, b] = [await minta(path, { headers: PERAMBAN }), await minta(path, { headers: PERAMBAN })];
    const n = nonceDari(a)!;
    assert.match(n, /^[A-Za-z0-9+/]{22}==$/, `${path}: 16 random bytes, base64`);
    assert.equal(
      a.headers['content-security-policy'],
      `${polos}; script-src 'self' 'nonce-${n}'; style-src 'self' 'nonce-${n}'`,
      path,
    );
    assert.notEqual(nonceDari(b), n, `${path}: a new nonce for each response`);
    const isi = brotliDecompressSync(a.mentah).toString('utf8');
    assert.ok(isi.includes(`window.litNonce = '${n}';`), `${path}: the page hands its nonce to the widgets`);
    assert.ok(!isi.includes('{nonce-csp}'), `${path}: no placeholder left`);
    // The ETag names what the responses share, so a reload can be answered with a 304 …
    assert.equal(b.headers['etag'], a.headers['etag'], path);
    const lagi = await minta(path, { headers: { ...PERAMBAN, 'If-None-Match': String(a.headers['etag']) } });
    assert.equal(lagi.status, 304, path);
    // … with no CSP, so the browser keeps the policy it stored with the page (its nonce), as RFC 9111
    // 4.3.4 has a 304's headers replace the stored ones: a new nonce there would block the kept page's.
    assert.equal(lagi.headers['content-security-policy'], undefined, `${path}: a 304 keeps the stored CSP`);
    assert.equal(lagi.headers['x-content-type-options'], 'nosniff', path);
    const head = await minta(path, { method: 'HEAD' });
    assert.ok(nonceDari(head), `${path}: HEAD as GET`);
  }
  // Anything but a page keeps the policy as it is: nothing there is inline.
  for (const path of ['/terbuka/terbuka.min.js', '/data/dip.json', '/css/situs.css', '/pemantauan/']) {
    assert.equal((await minta(path)).headers['content-security-policy'], polos, path);
  }
});

test('the built widgets are served under /terbuka/ as JavaScript; nothing else from dist', async () => {
  for (const f of ['terbuka.min.js', 'terbuka-csv.js', 'terbuka-baca.js']) {
    const r = await minta(`/terbuka/${f}`);
    assert.equal(r.status, 200, f);
    assert.match(String(r.headers['content-type']), /^text\/javascript\b/, f);
    assert.ok(r.body.length > 1000, `${f} has content`);
    assert.match(String(r.headers['content-security-policy']), /default-src 'self'/);
  }
  // lencana.js, the badge alone, with the lazy chunks it imports (problem words).
  const lencana = await minta('/terbuka/cdn/lencana.js');
  assert.equal(lencana.status, 200);
  assert.match(String(lencana.headers['content-type']), /^text\/javascript\b/);
  const chunk = /\.\/chunks\/(lencana-kata-masalah[\w-]*\.js)/.exec(lencana.body)?.[1];
  assert.ok(chunk, 'lencana.js imports its problem words chunk');
  assert.equal((await minta(`/terbuka/cdn/chunks/${chunk}`)).status, 200, chunk);
  for (const path of [
    '/terbuka/define.js',
    '/terbuka/cdn/terbuka.js',
    '/terbuka/',
    '/terbuka/types/index.d.ts',
  ]) {
    assert.equal((await minta(path)).status, 404, path);
  }
});

test('data files have their content types, an ETag, and answer If-None-Match with 304', async () => {
  const jenis: Record<string, RegExp> = {
    '/data/dip.json': /^application\/json\b/,
    '/data/feed.json': /^application\/json\b/,
    '/data/dip.csv': /^text\/csv\b/,
    '/data/dip-bermasalah.csv': /^text\/csv\b/,
    '/css/situs.css': /^text\/css\b/,
    '/js/situs.js': /^text\/javascript\b/,
    '/img/lambang.svg': /^image\/svg\+xml\b/,
  };
  for (const [path, re] of Object.entries(jenis)) {
    const r = await minta(path);
    assert.equal(r.status, 200, path);
    assert.match(String(r.headers['content-type']), re, path);
  }
  const pertama = await minta('/data/dip.json');
  const etag = String(pertama.headers['etag']);
  assert.match(etag, /^(W\/)?".+"$/);
  const kedua = await minta('/data/dip.json', { headers: { 'If-None-Match': etag } });
  assert.equal(kedua.status, 304);
  assert.equal(kedua.body, '');
  const lain = await minta('/data/dip.json', { headers: { 'If-None-Match': 'W/"lain"' } });
  assert.equal(lain.status, 200);
});

test("the SDK modules the snippet configurator imports are served, and no other file of the SDK's build", async () => {
  for (const [path, nama] of [
    ['/packages/sdk/dist/dip/alamat-halaman.js', 'petunjukAlamatData'],
    ['/packages/sdk/dist/dip/angka-atribut.js', 'petunjukAngkaAtribut'],
  ]) {
    const r = await minta(path!);
    assert.equal(r.status, 200, path);
    assert.match(String(r.headers['content-type']), /^text\/javascript\b/);
    assert.match(r.body, new RegExp(`export (?:const|function) ${nama}\\b`));
    // Served alone: it imports nothing at run time.
    assert.doesNotMatch(r.body, /^import /m);
  }
  for (const path of [
    '/packages/sdk/dist/dip/csv.js',
    '/packages/sdk/dist/index.js',
    '/packages/sdk/dist/dip/alamat-halaman.d.ts',
    '/packages/sdk/package.json',
  ])
    assert.equal((await minta(path)).status, 404, path);
});

test('unknown paths are 404, other methods 405', async () => {
  for (const path of ['/tidak-ada.html', '/data/tidak-ada.json', '/server.mjs', '/uji-bantuan.ts']) {
    const r = await minta(path);
    assert.equal(r.status, 404, path);
    assert.match(String(r.headers['content-security-policy']), /default-src 'self'/, path);
  }
  const r = await minta('/', { method: 'POST' });
  assert.equal(r.status, 405);
  assert.equal(r.headers['allow'], 'GET, HEAD');
});

test('no path traversal out of the site or the widget folder', async () => {
  const jalur = [
    '/../package.json',
    '/../../package.json',
    '/%2e%2e/package.json',
    '/%2E%2E/%2E%2E/package.json',
    '/data/..%2f..%2f..%2fpackage.json',
    '/terbuka/../../../package.json',
    '/terbuka/..%2fpackage.json',
    '/terbuka/..%2f..%2fpackage.json',
    '/..%5c..%5cpackage.json',
    '/.git/config',
    '/%00/etc/passwd',
    '/%E0%A4%A',
  ];
  for (const path of jalur) {
    const r = await minta(path);
    assert.ok(r.status === 400 || r.status === 404, `${path} → ${r.status}`);
    assert.doesNotMatch(r.body, /workspaces|\[core\]/, path);
  }
});

/** Start tags of the real markup (text such as `&lt;script …` in code samples is not a tag). */
function tag(html: string): { nama: string; atribut: Map<string, string> }[] {
  return [...html.matchAll(/<([a-zA-Z][\w-]*)\b([^>]*)>/g)].map((m) => ({
    nama: m[1]!.toLowerCase(),
    atribut: new Map(
      [...m[2]!.matchAll(/([^\s=/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)].map((a) => [
        a[1]!.toLowerCase(),
        a[2] ?? a[3] ?? a[4] ?? '',
      ]),
    ),
  }));
}

test('every page refers only to local resources that exist, with no inline script or style but the nonce one', async () => {
  for (const path of halamanSitus()) {
    const r = await minta(path);
    const { body } = r;
    const nonce = nonceDari(r);
    assert.ok(nonce, `${path}: a nonce in its CSP`);
    // The one inline script: the layout's, which hands the response's nonce to the widgets.
    const sebaris = [...body.matchAll(/<script\b([^>]*)>([^<]*)<\/script>/g)].filter(
      (m) => !/\ssrc=/.test(m[1]!),
    );
    assert.deepEqual(
      sebaris.map((m) => [m[1]!.trim(), m[2]!.trim()]),
      [[`nonce="${nonce}"`, `window.litNonce = '${nonce}';`]],
      `${path}: only the nonce script is inline`,
    );
    for (const { nama, atribut } of tag(body)) {
      for (const a of atribut.keys()) assert.doesNotMatch(a, /^on/, `${path}: <${nama} ${a}> (CSP)`);
      assert.ok(!atribut.has('style'), `${path}: <${nama} style> (CSP)`);
      if (nama === 'script') {
        assert.ok(atribut.get('src') || atribut.get('nonce') === nonce, `${path}: inline <script> (CSP)`);
      }
      for (const a of ['src', 'href', 'action', 'feed']) {
        const nilai = atribut.get(a);
        if (nilai === undefined) continue;
        if (nama === 'a' && /^(mailto|tel):/.test(nilai)) continue;
        if (nilai.startsWith('#')) continue;
        assert.match(nilai, /^\/(?!\/)/, `${path}: <${nama} ${a}="${nilai}"> is local`);
        const sasaran = nilai.split('#')[0]!.split('?')[0]!;
        const r = await minta(sasaran);
        assert.equal(r.status, 200, `${path}: <${nama} ${a}="${nilai}"> exists`);
      }
    }
    assert.ok(!/<style\b/i.test(body), `${path}: no <style> element`);
  }
});

test('every page has the badge in its footer and one script for it: terbuka.min.js with a list, else the badge alone', async () => {
  for (const path of halamanSitus()) {
    const { body } = await minta(path);
    const kaki = body.slice(body.indexOf('<footer'));
    assert.match(kaki, /<ppid-badge\b[^>]*\bagency="diskominfo-sukamaju"/, `${path}: badge in the footer`);
    const daftar = body.match(/<script\b[^>]*\ssrc="\/terbuka\/terbuka\.min\.js"/g) ?? [];
    const lencana = body.match(/<script\b[^>]*\ssrc="\/terbuka\/terbuka-lencana\.min\.js"/g) ?? [];
    if (/<ppid-(informasi-berkala|daftar-informasi)\b/.test(body)) {
      assert.equal(daftar.length, 1, `${path}: terbuka.min.js once`);
      assert.equal(lencana.length, 0, `${path}: terbuka.min.js carries the badge`);
    } else {
      assert.equal(daftar.length, 0, `${path}: a page without a list does not load terbuka.min.js`);
      assert.match(
        kaki,
        /<script src="\/terbuka\/terbuka-lencana\.min\.js"><\/script>\s*<ppid-badge\b/,
        `${path}: the badge alone, right before the badge`,
      );
      assert.equal(lencana.length, 1, path);
    }
  }
  // Both kinds are in the demo.
  const bawa = async (p: string): Promise<boolean> =>
    (await minta(p)).body.includes('terbuka-lencana.min.js"></script>');
  assert.equal(await bawa('/ppid.html'), false);
  assert.equal(await bawa('/status.html'), true);
});

test('PPID page embeds both lists from the demo DIP, as an admin pastes them, each with its fallback link to the register', async () => {
  const { body } = await minta('/ppid.html');
  for (const tag of ['ppid-informasi-berkala', 'ppid-daftar-informasi'])
    assert.match(
      body,
      new RegExp(
        `<${tag} src="/data/dip\\.json">\\s*<a href="/data/dip\\.json"[^>]*>\\s*Daftar Informasi Publik \\(berkas\\)\\s*</a\\s*>\\s*</${tag}>`,
      ),
      tag,
    );
  const admin = (await minta('/admin.html')).body;
  assert.equal(admin.match(/<ppid-informasi-berkala\s[^>]*mode="periksa"/g)?.length, 2);
  assert.match(admin, /src="\/data\/dip-bermasalah\.csv"\s[^>]*agency-kind="opd"/);
});

test('text goes brotli or gzip as Accept-Encoding asks, identical once decompressed; identity when not asked', async () => {
  for (const path of [
    '/terbuka/terbuka.min.js',
    '/ppid.html',
    '/ppid.html?lang=en',
    '/data/dip.csv',
    '/pemantauan/',
  ]) {
    const polos = await minta(path);
    assert.equal(polos.status, 200, path);
    assert.equal(polos.headers['content-encoding'], undefined, `${path}: identity when not asked`);
    assert.equal(Number(polos.headers['content-length']), polos.mentah.length, path);
    assert.match(String(polos.headers['vary']), /\bAccept-Encoding\b/i, `${path}: Vary`);
    const br = await minta(path, { headers: PERAMBAN });
    assert.equal(br.headers['content-encoding'], 'br', `${path}: br to a browser`);
    assert.match(String(br.headers['vary']), /\bAccept-Encoding\b/i, `${path}: Vary`);
    assert.equal(
      Number(br.headers['content-length']),
      br.mentah.length,
      `${path}: Content-Length of the br body`,
    );
    assert.ok(
      br.mentah.length < polos.mentah.length / 2,
      `${path}: ${br.mentah.length} B of ${polos.mentah.length}`,
    );
    // A page carries its own response's nonce: the same bytes but for that.
    assert.equal(
      tanpaNonce(br, brotliDecompressSync(br.mentah)),
      tanpaNonce(polos, polos.mentah),
      `${path}: the same bytes after brotli`,
    );
    assert.match(String(br.headers['content-security-policy']), /^default-src 'self'; /, path);
    const gz = await minta(path, { headers: { 'Accept-Encoding': 'gzip' } });
    assert.equal(gz.headers['content-encoding'], 'gzip', path);
    assert.equal(
      tanpaNonce(gz, gunzipSync(gz.mentah)),
      tanpaNonce(polos, polos.mentah),
      `${path}: the same bytes after gzip`,
    );
    for (const tidak of ['identity', 'br;q=0, gzip;q=0', '*;q=0', 'zstd']) {
      const r = await minta(path, { headers: { 'Accept-Encoding': tidak } });
      assert.equal(r.headers['content-encoding'], undefined, `${path} with ${tidak}`);
      assert.equal(tanpaNonce(r, r.mentah), tanpaNonce(polos, polos.mentah), `${path} with ${tidak}`);
    }
    assert.equal(
      (await minta(path, { headers: { 'Accept-Encoding': 'br;q=0.5, gzip' } })).headers['content-encoding'],
      'gzip',
      `${path}: the client's preference`,
    );
  }
  // A tiny file is not worth a compressed variant.
  const kecil = await minta('/img/lambang.svg', { headers: PERAMBAN });
  assert.ok(kecil.mentah.length < 1024);
  assert.equal(kecil.headers['content-encoding'], undefined);
  assert.equal(kecil.headers['vary'], undefined);
});

test('ETags differ by encoding and If-None-Match answers 304 for the encoding it would send', async () => {
  for (const path of ['/terbuka/terbuka.min.js', '/ppid.html', '/ppid.html?lang=en', '/berita.xml']) {
    const polos = await minta(path);
    const br = await minta(path, { headers: PERAMBAN });
    const etagPolos = String(polos.headers['etag']);
    const etagBr = String(br.headers['etag']);
    assert.match(etagPolos, /^W\/".+"$/, path);
    assert.notEqual(etagBr, etagPolos, `${path}: one ETag per encoding`);
    const lagi = await minta(path, { headers: { ...PERAMBAN, 'If-None-Match': etagBr } });
    assert.equal(lagi.status, 304, path);
    assert.equal(lagi.mentah.length, 0, path);
    assert.equal(lagi.headers['etag'], etagBr, path);
    assert.match(String(lagi.headers['vary']), /Accept-Encoding/i, path);
    assert.equal(
      (await minta(path, { headers: { ...PERAMBAN, 'If-None-Match': `W/"lain", ${etagBr}` } })).status,
      304,
      `${path}: a list of tags`,
    );
    // The tag of the other encoding does not match what would be sent now.
    const lain = await minta(path, { headers: { 'If-None-Match': etagBr } });
    assert.equal(lain.status, 200, path);
    assert.equal(lain.headers['content-encoding'], undefined, path);
    assert.equal((await minta(path, { headers: { 'If-None-Match': etagPolos } })).status, 304, path);
    assert.equal(
      (await minta(path, { headers: { ...PERAMBAN, 'If-None-Match': etagPolos } })).status,
      200,
      path,
    );
  }
  // The English page is its own representation.
  assert.notEqual(
    (await minta('/ppid.html?lang=en')).headers['etag'],
    (await minta('/ppid.html')).headers['etag'],
  );
});

test('HEAD gives the headers of GET, for each encoding, and no body', async () => {
  const cara: [Record<string, string>, string | undefined][] = [
    [{}, undefined],
    [PERAMBAN, 'br'],
    [{ 'Accept-Encoding': 'gzip' }, 'gzip'],
  ];
  for (const [headers, diminta] of cara) {
    for (const path of ['/terbuka/terbuka-csv.js', '/ppid.html?lang=en']) {
      const get = await minta(path, { headers });
      const head = await minta(path, { method: 'HEAD', headers });
      assert.equal(head.status, 200);
      assert.equal(head.mentah.length, 0);
      for (const h of ['content-encoding', 'etag', 'content-type', 'vary'])
        assert.equal(head.headers[h], get.headers[h], `${path} ${h}`);
      // A page is compressed with its own response's nonce, which moves its size by a few bytes.
      const [n, m] = [Number(head.headers['content-length']), Number(get.headers['content-length'])];
      if (nonceDari(get) && diminta) assert.ok(Math.abs(n - m) < 64, `${path} content-length ${n} ~ ${m}`);
      else assert.equal(n, m, `${path} content-length`);
      assert.equal(head.headers['content-encoding'], diminta, `${path}: HEAD as GET would encode`);
    }
  }
});

test('a byte range is served from the uncompressed body; a compressed answer is whole', async () => {
  const path = '/terbuka/terbuka.min.js';
  const semua = (await minta(path)).mentah;
  const n = semua.length;
  const rentang = async (range: string, headers: Record<string, string> = {}) =>
    minta(path, { headers: { Range: range, ...headers } });
  const awal = await rentang('bytes=0-99');
  assert.equal(awal.status, 206);
  assert.equal(awal.headers['content-range'], `bytes 0-99/${n}`);
  assert.equal(awal.headers['content-length'], '100');
  assert.ok(awal.mentah.equals(semua.subarray(0, 100)));
  const ekor = await rentang('bytes=-10');
  assert.equal(ekor.headers['content-range'], `bytes ${n - 10}-${n - 1}/${n}`);
  assert.ok(ekor.mentah.equals(semua.subarray(n - 10)));
  const sisa = await rentang(`bytes=${n - 5}-`);
  assert.ok(sisa.mentah.equals(semua.subarray(n - 5)));
  const lewat = await rentang(`bytes=${n}-`);
  assert.equal(lewat.status, 416);
  assert.equal(lewat.headers['content-range'], `bytes */${n}`);
  // Not one plain range, or a validator the weak ETag cannot satisfy: the whole body.
  for (const [range, lain] of [
    ['bytes=0-1,5-6', {}],
    ['items=0-1', {}],
    ['bytes=0-99', { 'If-Range': String((await minta(path)).headers['etag']) }],
  ] as const) {
    const r = await rentang(range, lain);
    assert.equal(r.status, 200, range);
    assert.ok(r.mentah.equals(semua), range);
  }
  const br = await rentang('bytes=0-99', PERAMBAN);
  assert.equal(br.status, 200);
  assert.equal(br.headers['content-encoding'], 'br');
  assert.equal(br.headers['content-range'], undefined);
  assert.ok(brotliDecompressSync(br.mentah).equals(semua));
});

test('?lang=en pages come from the server in English: <html lang>, the layout, the page, the switch', async () => {
  const en = (await minta('/ppid.html?lang=en')).body;
  const id = (await minta('/ppid.html')).body;
  assert.match(id, /<html lang="id">/);
  assert.match(en, /<html lang="en">/);
  assert.match(en, /<title [^>]*>PPID – Dinas/);
  assert.match(en, /<nav class="menu-utama" aria-label="Main menu"/);
  assert.match(en, /<a href="\/\?lang=en" data-en="Home" data-id="Beranda">Home<\/a>/);
  // Links between the site's pages keep English; others (the widgets' files, other sites) are left alone.
  const tautan = [...en.matchAll(/<a [^>]*href="([^"]*)"/g)].map((m) => m[1]!);
  assert.ok(tautan.includes('/permohonan.html?lang=en'), tautan.join(' '));
  for (const h of tautan.filter((t) => /^\/?[\w-]*(\.html)?([?#]|$)/.test(t) && !t.startsWith('#')))
    assert.match(h, /[?&]lang=en/, h);
  assert.ok(!tautan.some((t) => /^https?:.*lang=en/.test(t)), 'external links unchanged');
  // The monitor's report has its English twin under en/, and the English page links there.
  assert.ok(tautan.includes('/pemantauan/en/'), tautan.join(' '));
  assert.ok(!tautan.includes('/pemantauan/'), tautan.join(' '));
  assert.match((await minta('/pemantauan/en/')).body, /<html lang="en">/);
  assert.match(en, /class="ganti-bahasa" lang="id" data-bahasa="id">Bahasa Indonesia</);
  // No text of a marked element is left in Indonesian between the tags (data-id keeps it for the switch).
  const teks = en.replace(/<[^>]*>/g, ' ');
  for (const kata of ['Beranda', 'Menu utama', 'Langsung ke isi', 'Situs Resmi', 'Jam layanan'])
    assert.ok(!teks.includes(kata), kata);
  // Every page: the same count of marked elements, all of them in English.
  for (const path of halamanSitus().filter((p) => !p.includes('?'))) {
    const a = (await minta(path)).body;
    const b = (await minta(`${path}?lang=en`)).body;
    assert.match(b, /<html lang="en">/, path);
    assert.equal(b.match(/ data-id="/g)?.length, a.match(/ data-en=["']/g)?.length, path);
  }
  assert.deepEqual(
    [...(await minta('/permohonan.html?lang=en')).body.matchAll(/status-url="([^"]*)"/g)].map((m) => m[1]),
    ['/status.html?lang=en', '/status.html?lang=en'],
  );
  // The status page's link to the objection form, its hash kept.
  assert.deepEqual(
    [...(await minta('/status.html?lang=en')).body.matchAll(/objection-url="([^"]*)"/g)].map((m) => m[1]),
    ['/permohonan.html?lang=en#keberatan'],
  );
});

async function portTerpakai(): Promise<{ port: number; tutup: () => Promise<void> }> {
  const s = createServer();
  await new Promise<void>((ok) => s.listen(0, '127.0.0.1', ok));
  return {
    port: (s.address() as AddressInfo).port,
    tutup: () => new Promise<void>((ok) => s.close(() => ok())),
  };
}

test('a busy preferred port falls back to the next free one; an explicit PORT that is busy fails', async () => {
  const sibuk = await portTerpakai();
  try {
    const lain = await mulaiDemo(['--port', String(sibuk.port)], {});
    try {
      assert.notEqual(new URL(lain.url).port, String(sibuk.port));
      assert.match(lain.keluaran(), new RegExp(`port ${sibuk.port} sedang dipakai`));
    } finally {
      assert.equal(await lain.tutup(), 0, 'stops cleanly on SIGTERM');
    }
    await assert.rejects(mulaiDemo([], { PORT: String(sibuk.port) }), /exited \(1\)/);
  } finally {
    await sibuk.tutup();
  }
});
