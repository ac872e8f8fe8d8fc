/**
 * The helpers that keep hostile text linear and output strings safe: combining-mark runs
 * cut before NFC, unsafe code points removed, only web URLs kept, unmatched backtick
 * runs blanked before micromark, HTML cut at its element limit.
 */
import { describe, expect, it } from 'vitest';
import { capElements } from '../../src/html/dom.js';
import { blankUnpairedBackticks } from '../../src/markdown/defuse.js';
import { capCombiningMarks, clean, MAX_COMBINING_MARKS, removeUnsafeChars } from '../../src/util/text.js';
import { webUrl } from '../../src/util/url.js';

describe('capCombiningMarks', () => {
  it('keeps the first 30 marks of a longer run and every shorter run as it is', () => {
    expect(capCombiningMarks(`e${'\u0301'.repeat(100)}`)).toBe(`e${'\u0301'.repeat(MAX_COMBINING_MARKS)}`);
    const vietnamese = 'Tiếng Việt có dấu: ệ ở ữ';
    expect(capCombiningMarks(vietnamese.normalize('NFD'))).toBe(vietnamese.normalize('NFD'));
    expect(capCombiningMarks('정부가 발표했다. 漢字 かな')).toBe('정부가 발표했다. 漢字 かな');
  });

  it('cuts each run on its own, after every base character', () => {
    const run = '\u0316\u0301'.repeat(40);
    expect(capCombiningMarks(`가${run} 나${run}`)).toBe(`가${run.slice(0, 30)} 나${run.slice(0, 30)}`);
  });

  it('keeps NFC right: the kept marks are normalized as they would be alone', () => {
    const input = `a${'\u0316\u0301'.repeat(2000)}`;
    expect(clean(input)).toBe(`a${'\u0316\u0301'.repeat(15)}`.normalize('NFC'));
  });

  it('counts astral marks by code point, not by UTF-16 unit', () => {
    // U+1D167 MUSICAL SYMBOL COMBINING TREMOLO-1: two UTF-16 units, one mark.
    const out = capCombiningMarks(`x${'\u{1D167}'.repeat(50)}`);
    expect(Array.from(out)).toHaveLength(1 + MAX_COMBINING_MARKS);
  });

  it('handles 800 KB of alternating marks within a bounded number of kept characters', () => {
    const out = clean(`가${'\u0316\u0301'.repeat(200_000)}`);
    expect(out.length).toBe(1 + MAX_COMBINING_MARKS);
  });
});

describe('removeUnsafeChars', () => {
  it('removes C0/C1 controls, bidi overrides and noncharacters; keeps tab and line breaks', () => {
    expect(removeUnsafeChars('말\u0000했\u0007다\u001b[0m\u0085 \u202e끝\u2066\uffff\ufffe\ufdd0\t\n\r')).toEqual({ text: '말했다[0m 끝\t\n\r', removed: 9 });
  });

  it('replaces lone surrogates with U+FFFD and keeps pairs', () => {
    expect(removeUnsafeChars('a\ud800b\udc00c😀')).toEqual({ text: 'a\ufffdb\ufffdc😀', removed: 2 });
  });

  it('leaves ordinary Korean text alone', () => {
    expect(removeUnsafeChars('“정책을 바꾸겠다”고 말했다.')).toEqual({ text: '“정책을 바꾸겠다”고 말했다.', removed: 0 });
  });
});

describe('webUrl', () => {
  it('keeps http and https URLs, resolved against a base', () => {
    expect(webUrl('/photo.jpg', 'https://news.example.kr/a/1')).toBe('https://news.example.kr/photo.jpg');
    expect(webUrl(' http://news.example.kr/a ')).toBe('http://news.example.kr/a');
  });

  it('gives null for every other scheme, however it is spelled', () => {
    for (const bad of ['javascript:alert(1)', 'java\tscript:alert(1)', ' JAVASCRIPT:alert(1)', 'vbscript:msgbox(1)', 'file:///etc/passwd', 'data:image/png;base64,AA==']) {
      expect(webUrl(bad, 'https://news.example.kr/')).toBeNull();
    }
    expect(webUrl('photo.jpg')).toBeNull();
    expect(webUrl('/a.jpg', 'javascript:alert(1)')).toBeNull();
  });
});

describe('blankUnpairedBackticks', () => {
  it('keeps code spans whose closer is on the line and blanks runs that open nothing', () => {
    expect(blankUnpairedBackticks('값은 `x` 이고 `` 열린 채')).toBe('값은 `x` 이고    열린 채');
    expect(blankUnpairedBackticks('``a ` b`` 끝 `')).toBe('``a ` b`` 끝  ');
  });

  it('leaves fence lines to the block parser', () => {
    expect(blankUnpairedBackticks('```js')).toBe('```js');
    expect(blankUnpairedBackticks('> - ```')).toBe('> - ```');
  });
});

describe('capElements', () => {
  it('cuts the HTML before the element over the limit, counting only start tags', () => {
    expect(capElements('<p>a</p><p>b</p><p>c</p>', 2)).toEqual({ html: '<p>a</p><p>b</p>', cut: true });
    expect(capElements('<p>1 < 2</p>', 1)).toEqual({ html: '<p>1 < 2</p>', cut: false });
  });
});
