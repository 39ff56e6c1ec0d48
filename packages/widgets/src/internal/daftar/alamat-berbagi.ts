import type { Teks } from '@terbuka/sdk';

// A `src` that is a page for people, not the data: the sharing link of a Google Sheet, a Google Drive
// preview, a Dropbox or OneDrive link. The browser can read none of them from another site (no CORS), so
// the list only says "connection problem"; the admin's checklist says what the address is and what to use.

const UNGGAH = {
  id: 'Unggah berkas CSV atau JSON ke situs ini sendiri (mis. Media WordPress), atau simpan datanya di Google Sheets dan publikasikan sebagai CSV.',
  en: 'Upload the CSV or JSON file to this site itself (e.g. the WordPress Media Library), or keep the data in Google Sheets and publish it as CSV.',
};

const JENIS: readonly { readonly pola: RegExp; readonly teks: Teks }[] = [
  {
    // Any sheet address but those of its data: the published CSV (output=csv), an export, a query's CSV.
    pola: /^https?:\/\/docs\.google\.com\/spreadsheets\/(?!.*(?:[?&]output=(?:csv|tsv)|\/export\?|tqx=out:csv))/i,
    teks: {
      id: 'Alamat src ini halaman Google Sheets (tautan berbagi atau halaman web), bukan datanya, dan peramban tidak boleh membacanya dari situs lain. Di Google Sheets pilih File → Bagikan → Publikasikan ke web, pilih lembarnya dan format "Nilai yang dipisahkan koma (.csv)", lalu salin tautan yang berakhiran output=csv ke src.',
      en: 'This src is a Google Sheets page (a sharing link or a web page), not its data, and browsers may not read it from another site. In Google Sheets choose File → Share → Publish to web, pick the sheet and "Comma-separated values (.csv)", and copy the link ending in output=csv into src.',
    },
  },
  {
    pola: /^https?:\/\/(?:drive|docs)\.google\.com\/(?:file\/|open\?|uc\?)/i,
    teks: {
      id: `Alamat src ini berkas di Google Drive, yang tidak mengizinkan situs lain membacanya. ${UNGGAH.id}`,
      en: `This src is a file on Google Drive, which lets no other site read it. ${UNGGAH.en}`,
    },
  },
  {
    pola: /^https?:\/\/(?:[\w-]+\.)*(?:dropbox\.com|onedrive\.live\.com|1drv\.ms|sharepoint\.com)\//i,
    teks: {
      id: `Alamat src ini tautan berbagi (Dropbox, OneDrive atau SharePoint), yang membuka halaman web, bukan datanya. ${UNGGAH.id}`,
      en: `This src is a sharing link (Dropbox, OneDrive or SharePoint), which opens a web page, not the data. ${UNGGAH.en}`,
    },
  },
];

/** What to use instead, when `src` is one of those addresses. */
export const petunjukAlamat = (src: string): Teks | undefined => JENIS.find((j) => j.pola.test(src))?.teks;
