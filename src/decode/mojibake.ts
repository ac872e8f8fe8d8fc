import { makeDecoder } from './decoder.js';

// Windows-1252 characters for bytes 0x80–0x9F; a CP949 byte pair read as 1252 lands here.
const CP1252: Readonly<Record<string, number>> = {
  '€': 0x80, '‚': 0x82, 'ƒ': 0x83, '„': 0x84, '…': 0x85, '†': 0x86, '‡': 0x87, 'ˆ': 0x88, '‰': 0x89, 'Š': 0x8a,
  '‹': 0x8b, 'Œ': 0x8c, 'Ž': 0x8e, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '•': 0x95, '–': 0x96, '—': 0x97,
  '˜': 0x98, '™': 0x99, 'š': 0x9a, '›': 0x9b, 'œ': 0x9c, 'ž': 0x9e, 'Ÿ': 0x9f,
};

function byteOf(ch: string): number | null {
  const c = ch.charCodeAt(0);
  if (c >= 0x80 && c <= 0xff) return c;
  return CP1252[ch] ?? null;
}

/**
 * Repairs CP949 (EUC-KR) text that was decoded as Latin-1 or Windows-1252 somewhere
 * upstream (`ÀÔ·Â` → `입력`). Runs of such characters are turned back into bytes and
 * decoded as CP949; a run is replaced only when it decodes cleanly. Returns null when the
 * text does not look like that kind of mojibake.
 */
export function repairMojibake(text: string): string | null {
  // Text that already reads as Korean early on was decoded right.
  if (/[가-힣]{8}/.test(text.slice(0, 4096))) return null;
  if (!/[\u00C0-\u00FE][\u00A1-\u00FE]/.test(text)) return null;
  let hangul = 0;
  let high = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c >= 0xac00 && c <= 0xd7a3) hangul += 1;
    else if (c >= 0xa1 && c <= 0xfe) high += 1;
  }
  // Real Korean text, or European text with a few accents, is left alone.
  if (high < 8 || hangul * 4 > high) return null;
  const decoder = makeDecoder('euc-kr', true);
  if (!decoder) return null;
  let repaired = 0;
  let out = '';
  let i = 0;
  while (i < text.length) {
    let j = i;
    const bytes: number[] = [];
    while (j < text.length) {
      const b = byteOf(text[j] as string);
      if (b === null) break;
      bytes.push(b);
      j += 1;
    }
    if (bytes.length >= 2) {
      try {
        out += decoder.decode(new Uint8Array(bytes));
        repaired += 1;
      } catch {
        out += text.slice(i, j);
      }
      i = j;
    } else {
      out += text[i];
      i += 1;
    }
  }
  return repaired ? out : null;
}
