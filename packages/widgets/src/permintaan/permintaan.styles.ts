import { css } from 'lit';

/** Form styles shared by <ppid-permintaan> and <ppid-status-permintaan>, after temaStyles. */
export const formulirStyles = css`
  :host {
    --_error: var(--ppid-color-error, #b3261e);
    max-width: 42rem;
  }
  :host([theme='gelap']) {
    --_error: var(--ppid-color-error, #ff9e97);
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='otomatis']) {
      --_error: var(--ppid-color-error, #ff9e97);
    }
  }
  .dasar {
    padding: var(--_gap);
  }
  /* Headings look by their depth under the title (judul-lit.ts), whatever their heading-level tag. */
  .dalam-0,
  .dalam-1 {
    line-height: 1.25;
    margin: 0 0 var(--_gap);
  }
  .dalam-0 {
    font-size: 1.5em;
  }
  .dalam-1 {
    font-size: 1.15em;
  }
  .dalam-2 {
    font-size: 1em;
    margin: 1.33em 0;
  }
  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    min-width: 0;
  }
  .bagian {
    margin-block: calc(var(--_gap) * 2);
  }
  .judul-bagian {
    font-size: 1.25em;
    font-weight: 700;
    margin-bottom: var(--_gap);
    padding: 0;
  }
  .field {
    margin-block: 0 calc(var(--_gap) * 1.75);
  }
  .field > label,
  .grup > legend {
    display: block;
    font-weight: 700;
    margin-bottom: 4px;
    padding: 0;
  }
  .tidak-wajib {
    font-weight: 400;
    color: var(--_muted);
  }
  .petunjuk {
    color: var(--_muted);
    margin: 0 0 8px;
  }
  input[type='text'],
  input[type='tel'],
  input[type='email'],
  input:not([type]),
  textarea {
    display: block;
    width: 100%;
    max-width: 100%;
    min-height: 44px;
    padding: 8px;
    border: 2px solid var(--_text);
    border-radius: 0;
    background: var(--_bg);
    color: var(--_text);
    font: inherit;
  }
  textarea {
    resize: vertical;
  }
  .field-salah {
    border-inline-start: 5px solid var(--_error);
    padding-inline-start: var(--_gap);
  }
  .salah {
    border-color: var(--_error);
  }
  .galat-inline {
    color: var(--_error);
    font-weight: 700;
    margin: 0 0 8px;
  }
  .pilihan {
    display: flex;
    align-items: flex-start;
    gap: 10px;
    margin-block: 8px;
    min-height: 44px;
  }
  .pilihan input {
    flex: none;
    width: 24px;
    height: 24px;
    margin: 2px 0 0;
    accent-color: var(--_accent);
  }
  .pilihan label {
    padding-top: 2px;
    cursor: pointer;
  }
  .bersyarat {
    border-inline-start: 4px solid var(--_border);
    padding-inline-start: var(--_gap);
    margin-block: var(--_gap);
  }
  .ringkasan-galat,
  .galat-kirim {
    border: 4px solid var(--_error);
    padding: var(--_gap);
    margin-block: var(--_gap) calc(var(--_gap) * 2);
  }
  .ringkasan-galat ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .ringkasan-galat a {
    color: var(--_error);
    font-weight: 700;
  }
  .ringkasan-galat:focus {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }
  .aksi {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_gap);
    margin-top: calc(var(--_gap) * 2);
  }
  .tombol {
    min-height: 44px;
    padding: 8px 16px;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    cursor: pointer;
    font-weight: 700;
  }
  .tombol.utama {
    background: var(--_accent);
    color: var(--_accent-text);
  }
  .tombol.kedua {
    background: var(--_bg);
    color: var(--_accent);
  }
  .tombol:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }
  /* A break opportunity after each slash of a number (pecah-nomor.ts), out of the accessible name (/ ''). */
  .garis::after {
    content: '\\200b';
    content: '\\200b' / '';
  }
  .kabar:empty {
    display: none;
  }
  .kabar {
    background: var(--_surface);
    padding: 8px var(--_gap);
    border-radius: var(--_radius);
  }
`;

export const permintaanStyles = css`
  /* aria-disabled while sending, not disabled: a disabled button would drop the focus to <body>. */
  [aria-disabled='true'] {
    opacity: 0.6;
    cursor: not-allowed;
  }
  .hp {
    position: absolute !important;
    left: -10000px !important;
    width: 1px;
    height: 1px;
    overflow: hidden;
  }
  .ada {
    background: var(--_surface);
    border-inline-start: 5px solid var(--_accent);
    padding: var(--_gap);
    margin-block: 0 calc(var(--_gap) * 1.75);
  }
  .saran ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .info-tenggat {
    background: var(--_surface);
    padding: var(--_gap);
    border-radius: var(--_radius);
  }
  .antre {
    border: 4px solid var(--_due, #7a4b00);
    padding: var(--_gap);
  }
  .tanda-bukti {
    border: 2px solid var(--_border);
    padding: var(--_gap);
  }
  #tb-judul:focus {
    outline: none;
  }
  .tanda-bukti dl {
    display: grid;
    grid-template-columns: minmax(8em, max-content) minmax(0, 1fr);
    gap: 4px var(--_gap);
  }
  .tanda-bukti dt {
    font-weight: 700;
  }
  .tanda-bukti dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .nomor {
    font-size: 1.25em;
    font-weight: 700;
    /* Breaks after a slash (pecah-nomor.ts), never inside "2026" ("anywhere" in the dd made "PI/20 / 26");
       inside a part only if that part alone is wider than the receipt. */
    overflow-wrap: break-word;
    margin-inline-end: var(--_gap);
  }
  .daftar-antre,
  .sebelumnya ul {
    padding: 0;
    list-style: none;
  }
  .daftar-antre > li,
  .sebelumnya li {
    border-top: 1px solid var(--_border);
    padding-block: var(--_gap);
    overflow-wrap: break-word;
  }
  .hitungan.lebih {
    color: var(--_error);
    font-weight: 700;
  }
  .awal {
    font-style: italic;
  }
  .peringatan,
  .konfirmasi {
    border-inline-start: 5px solid var(--_due, #7a4b00);
    padding-inline-start: var(--_gap);
  }
  .sebelumnya {
    background: var(--_surface);
    padding: var(--_gap);
    margin-bottom: var(--_gap);
  }
  .sebelumnya a {
    margin-inline-start: var(--_gap);
    color: var(--_accent);
  }
  .urung {
    margin: 0;
  }
  @media (max-width: 30rem) {
    /* "Hapus draf" wrapped ~16 px under "Kirim permohonan": a thumb reached one for the other. */
    form > .aksi {
      row-gap: calc(var(--_gap) * 3);
    }
    /* minmax(0, …): a column as wide as its longest word pushed the number and the deadline out of the box. */
    .tanda-bukti dl {
      grid-template-columns: minmax(0, 1fr);
    }
    .tanda-bukti dd {
      margin-bottom: 8px;
    }
  }
  @media print {
    :host {
      color: #000 !important;
      background: #fff !important;
    }
    .judul,
    .jangan-cetak,
    form,
    .sebelumnya,
    .pengantar,
    .kabar {
      display: none !important;
    }
    .tanda-bukti {
      border: 1px solid #000;
    }
  }
`;
