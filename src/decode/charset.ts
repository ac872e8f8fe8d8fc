/**
 * Finding the charset a page declares: `<meta charset>` and `http-equiv` in the first
 * bytes, read as Latin-1 so any charset's ASCII survives (the HTML sniffing rule).
 */

const META_CHARSET = /<meta\b[^>]{0,300}?charset\s{0,3}=\s{0,3}["']?\s{0,3}([\w.:-]{1,40})/i;

/** The charset a page's `<meta>` declares in its first 4 KiB, lower-cased, or null. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = bytes.subarray(0, 4096);
  let ascii = '';
  for (let i = 0; i < head.length; i += 1) ascii += String.fromCharCode(head[i] as number);
  const m = META_CHARSET.exec(ascii);
  return m ? normalizeLabel(m[1] as string) : null;
}

/** Charset labels as `TextDecoder` knows them; EUC-KR pages are really CP949 (its superset). */
export function normalizeLabel(label: string): string {
  const l = label.trim().toLowerCase();
  if (['euc-kr', 'euckr', 'cp949', 'ms949', 'uhc', 'ks_c_5601-1987', 'ksc5601', 'x-windows-949', 'windows-949'].includes(l)) return 'euc-kr';
  if (l === 'utf8') return 'utf-8';
  return l;
}
