import { test } from 'node:test';
import assert from 'node:assert/strict';
import { labelTautan } from './label-tautan.js';

test('one link is labelled by the entry title alone', () => {
  assert.deepEqual(labelTautan('Profil', ['https://a.go.id/profil']), ['Profil']);
});

test('several links say what tells them apart: e-mail, telephone, the file name, else the site', () => {
  assert.deepEqual(
    labelTautan('Tata Cara Pengaduan', [
      'mailto:pengaduan@a.go.id',
      'tel:+62211234',
      'https://a.go.id/wp-content/uploads/2026/03/APB%20Desa%202026.pdf',
      'https://www.a.go.id/ppid/pengaduan',
      'https://drive.google.com/file/d/1Sk/view?usp=sharing',
    ]),
    [
      'Tata Cara Pengaduan (surel)',
      'Tata Cara Pengaduan (telepon)',
      'Tata Cara Pengaduan (APB Desa 2026.pdf)',
      'Tata Cara Pengaduan (a.go.id)',
      'Tata Cara Pengaduan (drive.google.com)',
    ],
  );
});

test('a web page is named by its site, not its page file; two that read the same are numbered; a refused one by place', () => {
  assert.deepEqual(
    labelTautan('Laporan', [
      'https://a.go.id/index.php?p=laporan',
      'https://drive.google.com/file/d/1',
      'https://drive.google.com/file/d/2',
      '',
      'https://a.go.id/%E0%A4%A',
    ]),
    [
      'Laporan (a.go.id 1)',
      'Laporan (drive.google.com 1)',
      'Laporan (drive.google.com 2)',
      'Laporan (4)',
      'Laporan (a.go.id 2)',
    ],
  );
});
