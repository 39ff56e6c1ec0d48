import assert from 'node:assert/strict';
import { test } from 'node:test';
import { petunjukAlamatData } from '../index.js';

test('a page for people given as the DIP address is named, with the address to use instead', () => {
  const kasus: [string, RegExp][] = [
    ['https://docs.google.com/spreadsheets/d/1AbC/edit?usp=sharing', /Publikasikan ke web.*output=csv/],
    ['https://docs.google.com/spreadsheets/d/1AbC/edit#gid=0', /Publikasikan ke web/],
    ['https://docs.google.com/spreadsheets/d/e/2PACX-1x/pubhtml', /Publikasikan ke web/],
    // A sheet published as PDF is no data a DIP reads either.
    ['https://docs.google.com/spreadsheets/d/e/2PACX-1x/pub?output=pdf', /Publikasikan ke web/],
    ['https://drive.google.com/file/d/1XyZ/view?usp=sharing', /Google Drive/],
    ['https://drive.google.com/open?id=1XyZ', /Google Drive/],
    ['https://www.dropbox.com/s/abc/dip.csv?dl=0', /Dropbox, OneDrive atau SharePoint/],
    ['https://1drv.ms/x/s!Abc', /Dropbox, OneDrive atau SharePoint/],
    ['https://pemkab-my.sharepoint.com/:x:/g/personal/dip', /Dropbox, OneDrive atau SharePoint/],
    // Pasted with the spaces of a spreadsheet cell around it.
    ['  https://docs.google.com/spreadsheets/d/1AbC/edit  ', /Publikasikan ke web/],
  ];
  for (const [alamat, harap] of kasus) {
    const t = petunjukAlamatData(alamat);
    assert.ok(t, alamat);
    assert.match(t.id, harap, alamat);
    assert.ok(t.en.length > 40, `${alamat}: English words too`);
  }
});

test("a sheet's data links and any other address get no hint", () => {
  for (const alamat of [
    'https://docs.google.com/spreadsheets/d/e/2PACX-1x/pub?gid=0&single=true&output=csv',
    'https://docs.google.com/spreadsheets/d/e/2PACX-1x/pub?output=tsv',
    'https://docs.google.com/spreadsheets/d/1AbC/export?format=csv&gid=0',
    'https://docs.google.com/spreadsheets/d/1AbC/gviz/tq?tqx=out:csv&sheet=DIP',
    'https://diskominfo.sukamajukab.go.id/wp-content/uploads/dip.csv',
    // Download links give the file itself (a server reads them).
    'https://drive.google.com/uc?export=download&id=1XyZ',
    'https://www.dropbox.com/s/abc/dip.csv?dl=1',
    'https://www.dropbox.com/scl/fi/abc/dip.csv?rlkey=x&raw=1',
    'https://example.org/docs.google.com/spreadsheets/d/1AbC/edit',
    '/dip.json',
    '',
  ])
    assert.equal(petunjukAlamatData(alamat), undefined, alamat);
});

test("petunjukAlamatData: no address (an absent attribute's null, undefined) or a non-string is undefined, no TypeError", () => {
  for (const v of [undefined, null, 42, {}, [], true])
    assert.equal(petunjukAlamatData(v as unknown as string), undefined, String(v));
});
