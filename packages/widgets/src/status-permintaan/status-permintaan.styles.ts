import { css } from 'lit';

export const statusStyles = css`
  .hasil {
    border-top: 2px solid var(--_border);
    margin-top: calc(var(--_gap) * 2);
    padding-top: var(--_gap);
  }
  .tombol[aria-disabled='true'] {
    opacity: 0.6;
    cursor: not-allowed;
  }
  #hasil-judul:focus {
    outline: none;
  }
  #hasil-judul {
    overflow-wrap: anywhere;
  }
  .hasil dl {
    display: grid;
    grid-template-columns: minmax(8em, max-content) 1fr;
    gap: 4px var(--_gap);
  }
  .hasil dt {
    font-weight: 700;
  }
  .hasil dd {
    margin: 0;
  }
  .linimasa {
    list-style: none;
    margin: 0;
    padding: 0;
    border-inline-start: 3px solid var(--_border);
  }
  .linimasa li {
    position: relative;
    padding: 0 0 var(--_gap) var(--_gap);
  }
  .linimasa li::before {
    content: '';
    position: absolute;
    inset-inline-start: -8px;
    top: 0.4em;
    width: 13px;
    height: 13px;
    border-radius: 50%;
    background: var(--_accent);
  }
  .linimasa time {
    display: block;
    color: var(--_muted);
  }
  .jendela {
    border-inline-start: 4px solid var(--_accent);
    padding-inline-start: var(--_gap);
  }
  .ajukan-keberatan {
    align-items: center;
  }
  .tenggat-baru {
    color: var(--_muted);
  }
  @media (max-width: 30rem) {
    .hasil dl {
      grid-template-columns: 1fr;
    }
  }
`;
