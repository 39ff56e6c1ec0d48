import { test } from 'node:test';
import assert from 'node:assert/strict';
import { imporCSV } from './csv.js';
import { kenaliKolom } from './csv-kolom.js';
import type { KolomCSV } from './csv-kolom.js';
import type { BadanPublik } from './types.js';

// A register kept in English (an agency's sheet, or a developer testing): its headers and category values
// read as the Indonesian ones do.

const agency: BadanPublik = { id: 'diskominfo-sukamaju', name: 'Dinas Kominfo Sukamaju', kind: 'opd' };
const csv = (...baris: string[]): string => baris.join('\r\n');

test('English headers name the columns the Indonesian ones do, whatever their case, punctuation and spacing', () => {
  const kasus: [string, KolomCSV | undefined][] = [
    ['Number', 'no'],
    ['Department', 'unit'],
    ['UNIT', 'unit'],
    ['Responsible unit', 'unit'],
    ['Responsible  Unit', 'unit'],
    ['Division', 'unit'],
    ['Responsible', 'penanggungJawab'],
    ['Responsible official', 'penanggungJawab'],
    ['Person responsible for the information', 'penanggungJawab'],
    ['Title', 'judul'],
    ['Information', 'judul'],
    ['Information Title', 'judul'],
    ['Summary', 'ringkasan'],
    ['Description', 'ringkasan'],
    ['Date made', 'waktuTempat'],
    ['Time and place made', 'waktuTempat'],
    ['Time & Place Made', 'waktuTempat'],
    ['Date & place', 'waktuTempat'],
    ['Year made', 'waktuTempat'],
    ['Format', 'bentuk'],
    ['Formats', 'bentuk'],
    ['Retention', 'retensi'],
    ['Retention period', 'retensi'],
    ['Media', 'media'],
    ['Medium', 'media'],
    ['Category', 'kategori'],
    ['Information category', 'kategori'],
    ['Link', 'tautan'],
    ['URL', 'tautan'],
    ['Hyperlink', 'tautan'],
    ['Last updated', 'diperbarui'],
    ['Last modified', 'diperbarui'],
    ['Mandatory item', 'itemWajib'],
    ['Catalog item', 'itemWajib'],
    ['Article 17', 'dasarPengecualian'],
    ['Grounds for exemption (Article 17)', 'dasarPengecualian'],
    ['Exemption grounds', 'dasarPengecualian'],
    ['Legal basis', 'dasarHukumLain'],
    ['Other legal basis', 'dasarHukumLain'],
    ['Consequence', 'konsekuensi'],
    ['Consequences', 'konsekuensi'],
    ['Exemption period', 'jangkaPengecualian'],
    ['Period of exemption', 'jangkaPengecualian'],
    ['Decision number', 'nomorPenetapan'],
    ['Decision No.', 'nomorPenetapan'],
    ['Decision date', 'tanggalPenetapan'],
    ['Date of decision', 'tanggalPenetapan'],
    // A bare "Date" could be the date made, the update or the decision's: it names none (an unknown column,
    // said as such). A bare "Year" is read as "Tahun" is (below).
    ['Date', undefined],
    ['Notes', undefined],
  ];
  for (const [h, k] of kasus) assert.equal(kenaliKolom(h), k, h);
});

test('an English sheet imports whole: every column read, no unknown column, the rows as the spreadsheet numbers them', () => {
  const r = imporCSV(
    csv(
      'PUBLIC INFORMATION LIST,,,,,,,,,,,,,,,,,',
      'No,Department,Responsible,Title,Summary,Time and place made,Format,Retention period,Media,Category,Link,Last updated,Article 17,Legal basis,Consequence,Exemption period,Decision number,Decision date',
      '1,Secretariat,Head of Secretariat,Profile,Who we are,"2026, Sukamaju",Printed and electronic,Permanent,Website and Instagram,Periodic,https://sukamajukab.go.id/profil,05/03/2026,,,,,,',
      '2,PPID,Head of PPID,Disaster warning,,2026,Electronic,1 year,Website,Immediately,https://sukamajukab.go.id/siaga,06/03/2026,,,,,,',
      '3,PPID,Head of PPID,Data centre security,,2026,Paper,Permanent,Archive,Exempt,,01/01/2026,Article 17 letter c,PP 61/2010,Would expose the network,5 years,045/PPID/2026,15/01/2026',
    ),
    { agency },
  );
  assert.equal(r.ok, true, JSON.stringify(r.errors, null, 1));
  assert.deepEqual(
    r.warnings.filter((w) => w.code.startsWith('csv.')).map((w) => [w.code, w.row, w.column]),
    [],
  );
  const [a, b, c] = r.document!.items;
  assert.deepEqual(a, {
    id: 'dip-1',
    title: 'Profile',
    summary: 'Who we are',
    category: 'berkala',
    unit: 'Secretariat',
    responsible: 'Head of Secretariat',
    made: { year: 2026, place: 'Sukamaju' },
    formats: ['cetak', 'digital'],
    retention: 'Permanent',
    media: ['Website', 'Instagram'],
    links: [{ label: 'Profile', url: 'https://sukamajukab.go.id/profil' }],
    updated: '2026-03-05',
  });
  assert.deepEqual([b?.category, b?.formats], ['serta-merta', ['digital']]);
  assert.deepEqual([c?.category, c?.formats], ['dikecualikan', ['cetak']]);
  assert.deepEqual(c?.exclusion, {
    grounds: ['c'],
    otherBasis: 'PP 61/2010',
    consequence: 'Would expose the network',
    period: '5 years',
    decisionNumber: '045/PPID/2026',
    decisionDate: '2026-01-15',
  });
  // A problem on an English sheet names its row (the title row counted) and its column as written.
  const tanpa = imporCSV(
    csv('PUBLIC INFORMATION LIST,,', 'No,Title,Category', '1,Agenda,', '2,Profile,Periodic'),
    { agency },
  );
  assert.deepEqual(
    tanpa.errors.map((e) => [e.code, e.row, e.column]),
    [['csv.category-missing', 3, 'Category']],
  );
});

test('English category values: Periodic/Regularly, Immediate/Immediately, Any time, Exempt/Excepted', () => {
  const nilai: [string, string][] = [
    ['Periodic', 'berkala'],
    ['Regularly', 'berkala'],
    ['PERIODICALLY', 'berkala'],
    ['Periodic information', 'berkala'],
    ['Immediate', 'serta-merta'],
    ['Immediately', 'serta-merta'],
    ['immediate  information', 'serta-merta'],
    ['Any time', 'setiap-saat'],
    ['Anytime', 'setiap-saat'],
    ['At any time', 'setiap-saat'],
    ['Available at any time', 'setiap-saat'],
    ['Information available at any time', 'setiap-saat'],
    ['Excepted', 'dikecualikan'],
    ['Exempt', 'dikecualikan'],
    ['Exempted (Article 17)', 'dikecualikan'],
  ];
  const r = imporCSV(
    csv(
      'No,Title,Category,Article 17,Consequence,Exemption period,Decision number,Decision date',
      ...nilai.map(([k], i) => `${i + 1},Info ${i + 1},${k},Article 17 letter h,x,5 years,SK 1,01/01/2026`),
    ),
    { agency },
  );
  assert.equal(r.ok, true, JSON.stringify(r.errors, null, 1));
  assert.deepEqual(
    r.document!.items.map((i) => i.category),
    nilai.map(([, k]) => k),
  );
  // A category denied, two of them, or a word that only contains one, names none: said on its row.
  const salah = imporCSV(
    csv('No,Title,Category', '1,A,Not exempt', '2,B,Periodic / Immediate', '3,C,Irregular', '4,D,Anytimes'),
    { agency },
  );
  const e = salah.errors.filter((x) => x.code === 'csv.category-unknown');
  assert.deepEqual(
    e.map((x) => [x.row, x.column]),
    [
      [2, 'Category'],
      [3, 'Category'],
      [4, 'Category'],
      [5, 'Category'],
    ],
  );
  assert.match(e[0]!.message.id, /Kategori "Not exempt" tidak dikenal\. Gunakan Berkala, Serta Merta/);
  assert.match(
    e[0]!.message.en,
    /Category "Not exempt" is not known\. Use Berkala \(Periodic\), Serta Merta \(Immediate\), Setiap Saat \(Any time\), Dikecualikan\/DIK \(Exempt\)/,
  );
});

test('a bare "Year" column is the year made, as "Tahun" is, unless a when-and-where column is there', () => {
  const r = imporCSV(csv('No,Title,Category,Year', '1,Profile,Periodic,2026'), { agency });
  assert.equal(r.ok, true, JSON.stringify(r.errors));
  assert.deepEqual(r.document!.items[0]!.made, { year: 2026 });
  const dua = imporCSV(
    csv('No,Title,Category,Year,Time and place made', '1,Profile,Periodic,2024,"2026, Town Hall"'),
    { agency },
  );
  assert.deepEqual(dua.document!.items[0]!.made, { year: 2026, place: 'Town Hall' });
  assert.deepEqual(
    dua.warnings.filter((w) => w.code === 'csv.unknown-column').map((w) => w.column),
    ['Year'],
  );
});

test('English parts of the two-row header (Time | Place), an "Exempt information" table, an "Information type" column', () => {
  const r = imporCSV(
    csv(
      'No,Title,Time and place made,,Format,,Category',
      ',,Time,Place,Softcopy,Hardcopy,',
      '1,Profile,2026,Sukamaju,✓,,Periodic',
    ),
    { agency },
  );
  assert.equal(r.ok, true, JSON.stringify(r.errors));
  assert.deepEqual(r.document!.items[0]!.made, { year: 2026, place: 'Sukamaju' });
  assert.deepEqual(r.document!.items[0]!.formats, ['digital']);
  assert.deepEqual(
    r.warnings.filter((w) => w.code === 'csv.row-skipped'),
    [],
  );
  // A table titled for what it lists, without a Category column: its entries are exempt.
  const dik = imporCSV(
    csv(
      'No,Exempt information,Article 17,Consequence,Exemption period,Decision number,Decision date',
      '1,Network topology,Article 17 letter c,Would expose the network,5 years,SK 1,01/01/2026',
    ),
    { agency },
  );
  assert.equal(dik.ok, true, JSON.stringify(dik.errors));
  assert.equal(dik.document!.items[0]!.category, 'dikecualikan');
  // "Information type" is as ambiguous as "Jenis Informasi": beside a Category column whose cells are the
  // categories, it is the title.
  const jenis = imporCSV(
    csv('No,Information type,Category', '1,Regional budget,Periodic', '2,Flood warning,Immediate'),
    { agency },
  );
  assert.equal(jenis.ok, true, JSON.stringify(jenis.errors));
  assert.deepEqual(
    jenis.document!.items.map((i) => [i.title, i.category]),
    [
      ['Regional budget', 'berkala'],
      ['Flood warning', 'serta-merta'],
    ],
  );
});

test('Article 17 letters in English prose: the article "a" before a word is no letter; Indonesian forms as before', () => {
  const kasus: [string, string[]][] = [
    ['Article 17 letter h, a risk to privacy', ['h']],
    ['A risk to privacy (Article 17 letter h)', ['h']],
    ['Article 17 letter h. A threat to personal data', ['h']],
    ['Article 17 letter a', ['a']],
    ['Article 17 letter a paragraph 1', ['a']],
    ['Article 17 letters a and h', ['a', 'h']],
    ['Article 17 letters h and a of the KIP Law', ['a', 'h']],
    ['Article 17(a) and (j)', ['a', 'j']],
    // Indonesian: every lone letter is one, "a" too.
    ['Pasal 17 huruf h, a.', ['a', 'h']],
    ['Pasal 17 huruf a angka 1', ['a']],
    ['Pasal 17 huruf h dan a karena privasi', ['a', 'h']],
    ['huruf b, c dan a', ['a', 'b', 'c']],
  ];
  for (const [dasar, grounds] of kasus) {
    const r = imporCSV(
      csv(
        'No,Title,Category,Article 17,Consequence,Exemption period,Decision number,Decision date',
        `1,Staff records,Exempt,"${dasar}",Would expose staff,5 years,SK 1,01/01/2026`,
      ),
      { agency },
    );
    assert.deepEqual(r.document?.items[0]?.exclusion?.grounds, grounds, dasar);
  }
});

test("English section headings set their entries' category as the Indonesian ones do", () => {
  const r = imporCSV(
    csv(
      'No,Title,Department,Article 17,Consequence,Exemption period,Decision number,Decision date',
      'A. Periodic information,,,,,,,',
      '1,Budget 2026,Finance,,,,,',
      'B. Information available at any time,,,,,,,',
      '2,Organisation chart,Secretariat,,,,,',
      'Immediate information,,,,,,,',
      '3,Flood warning,BPBD,,,,,',
      'D,Exempt information,,,,,,',
      '4,Staff records,HR,Article 17 letter h,Would expose staff,5 years,SK 1,01/01/2026',
    ),
    { agency },
  );
  assert.equal(r.ok, true, JSON.stringify(r.errors));
  assert.deepEqual(
    r.document?.items.map((i) => [i.title, i.category]),
    [
      ['Budget 2026', 'berkala'],
      ['Organisation chart', 'setiap-saat'],
      ['Flood warning', 'serta-merta'],
      ['Staff records', 'dikecualikan'],
    ],
  );
});
