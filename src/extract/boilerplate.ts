import { BOILERPLATE_PATTERNS, COPYRIGHT_PATTERNS, END_OF_BODY_PREFIXES, UI_LABELS } from '../rules/boilerplate.js';

const UI = new Set(UI_LABELS.map((label) => label.toLowerCase()));
// Share bars often print several labels on one line: `페이스북 트위터 카카오톡 링크복사`.
const UI_SEPARATORS = /\s*[|·•/,]\s*|\s+/;

/** Whether a line is a copyright notice (`무단전재 및 재배포 금지`, `ⓒ 연합뉴스`, `Copyright …`). */
export function isCopyright(text: string): boolean {
  return text.length <= 220 && COPYRIGHT_PATTERNS.some((re) => re.test(text));
}

/** Whether a line is interface text, a widget, a promo or a footer: never article text. */
export function isBoilerplate(text: string): boolean {
  if (isCopyright(text)) return true;
  const lower = text.toLowerCase();
  if (UI.has(lower)) return true;
  if (text.length <= 80) {
    const parts = lower.split(UI_SEPARATORS).filter(Boolean);
    if (parts.length > 1 && parts.every((p) => UI.has(p))) return true;
  }
  return text.length <= 300 && BOILERPLATE_PATTERNS.some((re) => re.test(text));
}

/** Whether a line heads the lists that follow an article (`관련기사`, `많이 본 뉴스`, `최신뉴스`). */
export function isEndOfBody(text: string): boolean {
  if (text.length > 40) return false;
  const head = text.replace(/^[\s\[<【〈■□▶▷●○◆◇·|-]+/, '');
  return END_OF_BODY_PREFIXES.some((prefix) => head.startsWith(prefix));
}
