import { css } from 'lit';

/** Only what the panel adds to the shared list engine. */
export const informasiBerkalaStyles = css`
  .periksa ol {
    margin: 0;
    padding-left: 1.5em;
  }
  .periksa ol li {
    padding-left: 0.25em;
    border-left: 0;
  }
`;
