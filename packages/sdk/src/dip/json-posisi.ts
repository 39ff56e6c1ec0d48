/**
 * Where JSON text first goes wrong, as a character offset. Engines word JSON.parse errors differently
 * (Node 20 often names no position at all), so the failing text is scanned again by this small
 * recursive reader. Only called after JSON.parse has failed.
 */
export function posisiGalatJSON(s: string): number {
  let i = 0;
  const gagal = (): never => {
    throw new GalatPosisi(i);
  };
  const ws = (): void => {
    while (i < s.length && ' \t\n\r'.includes(s[i] as string)) i++;
  };
  const teks = (): void => {
    i++;
    for (;;) {
      const c = s[i];
      if (c === undefined || c < ' ') gagal();
      if (c === '"') {
        i++;
        return;
      }
      if (c === '\\') {
        const e = s[i + 1] ?? '';
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(s.slice(i + 2, i + 6))) gagal();
          i += 6;
        } else if ('"\\/bfnrt'.includes(e) && e !== '') i += 2;
        else gagal();
      } else i++;
    }
  };
  const ANGKA = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
  const nilai = (): void => {
    ws();
    const c = s[i];
    if (c === '{') {
      i++;
      ws();
      if (s[i] === '}') return void i++;
      for (;;) {
        ws();
        if (s[i] !== '"') gagal();
        teks();
        ws();
        if (s[i] !== ':') gagal();
        i++;
        nilai();
        ws();
        if (s[i] === ',') i++;
        else if (s[i] === '}') return void i++;
        else gagal();
      }
    }
    if (c === '[') {
      i++;
      ws();
      if (s[i] === ']') return void i++;
      for (;;) {
        nilai();
        ws();
        if (s[i] === ',') i++;
        else if (s[i] === ']') return void i++;
        else gagal();
      }
    }
    if (c === '"') return teks();
    for (const kata of ['true', 'false', 'null']) if (s.startsWith(kata, i)) return void (i += kata.length);
    ANGKA.lastIndex = i;
    if (ANGKA.test(s)) i = ANGKA.lastIndex;
    else gagal();
  };
  try {
    nilai();
    ws();
    if (i < s.length) gagal();
  } catch (e) {
    if (e instanceof GalatPosisi) return e.posisi;
    return i; // nesting deeper than the stack: the offset reached is the best answer
  }
  return s.length;
}

class GalatPosisi extends Error {
  constructor(readonly posisi: number) {
    super('json');
  }
}
