import { css } from 'lit';

/** The category tabs (ARIA tabs pattern) on top of the shared list engine. */
export const daftarInformasiStyles = css`
  [role='tablist'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em;
    margin: 0 0 var(--_gap);
    border-bottom: 1px solid var(--_border);
  }
  [role='tab'] {
    min-height: 2.5em;
    padding: 0.375em 0.875em;
    border: 1px solid transparent;
    border-bottom: 0;
    border-radius: calc(var(--_radius) / 2) calc(var(--_radius) / 2) 0 0;
    background: none;
    cursor: pointer;
    margin-bottom: -1px;
  }
  [role='tab'][aria-selected='true'] {
    border-color: var(--_border);
    background: var(--_bg);
    font-weight: 600;
    color: var(--_accent);
  }
  .hitung {
    margin-left: 0.375em;
    padding: 0 0.5em;
    border-radius: 999px;
    background: var(--_surface);
    font-size: 0.85em;
  }
  .keterangan-kategori {
    margin: 0 0 var(--_gap);
    color: var(--_muted);
    font-size: 0.875em;
  }
  @media print {
    [role='tablist'] {
      display: none;
    }
    [role='tabpanel'][hidden] {
      display: block;
    }
  }
`;
