import type { Teks } from '../i18n/teks.js';

// An address given as a DIP's source that is a page for people, not the data: the sharing link of a Google
// Sheet, a Google Drive preview, a Dropbox or OneDrive link — the commonest wrong address an admin pastes.
// A browser may not read it from another site (no CORS) and a server gets a web page, so the DIP cannot be
// read from it. Used where an address is given: the lists' checklist (`mode="periksa"`), the monitor's
// registry check and the demo's snippet configurator. No imports at run time: the demo serves this file.

const UNGGAH = {
  id: 'Unggah berkas CSV atau JSON ke situs web badan publik (mis. Media WordPress), atau simpan datanya di Google Sheets dan publikasikan sebagai CSV.',
  en: "Upload the CSV or JSON file to the agency's website (e.g. the WordPress Media Library), or keep the data in Google Sheets and publish it as CSV.",
};

const JENIS: readonly { readonly pola: RegExp; readonly teks: Teks }[] = [
  {
    // Any sheet address but those of its data: the published CSV (output=csv), an export, a query's CSV.
    pola: /^https?:\/\/docs\.google\.com\/spreadsheets\/(?!.*(?:[?&]output=(?:csv|tsv)|\/export\?|tqx=out:csv))/i,
    teks: {
      id: 'Alamat ini halaman Google Sheets (tautan berbagi atau halaman web), bukan datanya, jadi DIP tidak dapat dibaca darinya. Di Google Sheets pilih File → Bagikan → Publikasikan ke web, pilih lembarnya dan format "Nilai yang dipisahkan koma (.csv)", lalu pakai tautan yang berakhiran output=csv.',
      en: 'This address is a Google Sheets page (a sharing link or a web page), not its data, so the DIP cannot be read from it. In Google Sheets choose File → Share → Publish to web, pick the sheet and "Comma-separated values (.csv)", and use the link ending in output=csv.',
    },
  },
  {
    // A file's download link (uc?export=download) is its data: a server reads it.
    pola: /^https?:\/\/(?:drive|docs)\.google\.com\/(?:file\/|open\?|uc\?(?!.*export=download))/i,
    teks: {
      id: `Alamat ini berkas di Google Drive, yang tidak mengizinkan situs lain membacanya. ${UNGGAH.id}`,
      en: `This address is a file on Google Drive, which lets no other site read it. ${UNGGAH.en}`,
    },
  },
  {
    // Dropbox's `dl=1` / `raw=1` link is the file itself.
    pola: /^https?:\/\/(?:[\w-]+\.)*(?:dropbox\.com|onedrive\.live\.com|1drv\.ms|sharepoint\.com)\/(?!.*[?&](?:dl|raw)=1(?:&|$))/i,
    teks: {
      id: `Alamat ini tautan berbagi (Dropbox, OneDrive atau SharePoint), yang membuka halaman web, bukan datanya. ${UNGGAH.id}`,
      en: `This address is a sharing link (Dropbox, OneDrive or SharePoint), which opens a web page, not the data. ${UNGGAH.en}`,
    },
  },
];

/**
 * What to use instead when `alamat` is a page for people rather than a DIP's data; undefined for any other
 * address (a sheet's published CSV, an export, a file on a web server), and for no address: a value that is
 * not a string (`el.getAttribute('src')` of an element without one is null).
 */
export const petunjukAlamatData = (alamat: string | null | undefined): Teks | undefined =>
  typeof alamat === 'string' ? JENIS.find((j) => j.pola.test(alamat.trim()))?.teks : undefined;
