/**
 * Whether a text is a web page or an XML file, not data: a login or "not found" page sent with status 200,
 * a sheet saved or published as a web page, Excel's "XML Spreadsheet 2003". Told by how it starts, after
 * any comments (each matched up to its own end, so many of them cannot make the test slow). No CSV
 * register starts so; one whose first cell is merely `<No>` or `<b>` still reads.
 */
export const halamanWeb = (teks: string): boolean =>
  /^\uFEFF?\s*(?:<!--(?:(?!-->)[\s\S])*-->\s*)*<(?:!doctype html|html|head|body|table|\?xml)\b/i.test(teks);
