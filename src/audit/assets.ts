/**
 * The fixed style sheet and script of the audit pages, with their SHA-256 hashes for the
 * Content-Security-Policy. They hold nothing from the input, so the policy can name them
 * by hash and forbid everything else: no inline style attribute, no other script, no
 * network. `test/audit/assets.test.ts` recomputes both hashes; edit a text, then paste
 * the hash that test prints.
 */

/** Speaker colours in the order speakers first appear; beyond the last they repeat. */
export const SPEAKER_COLOURS = 12;

export const STYLE = `
:root { color-scheme: light; font-family: system-ui, "Noto Sans CJK KR", "NanumGothic", "NanumBarunGothic", sans-serif; line-height: 1.6; color: #1d1d1f; background: #fff; }
body { margin: 0; padding: 1.2rem 2rem; display: grid; grid-template-columns: minmax(0, 1fr) minmax(24rem, 40rem); gap: 2rem; }
@media (max-width: 64rem) { body { grid-template-columns: minmax(0, 1fr); } }
body > header { grid-column: 1 / -1; border-bottom: 1px solid #ddd; font-size: .85rem; color: #555; }
body.index { display: block; }
h1 { font-size: 1.55rem; line-height: 1.35; margin: .4rem 0 .8rem; }
h2 { font-size: 1rem; margin: 1.4rem 0 .4rem; }
article p { margin: .7rem 0; }
.meta { font-size: .9rem; color: #333; }
.muted { color: #777; font-style: italic; }
[data-gisa] { border-radius: .2em; }
[data-gisa=headline] { background: #f3f0ff; box-shadow: inset 3px 0 #7e57c2; padding-left: .4rem; }
[data-gisa=section] { background: #ede7f6; border: 1px solid #b39ddb; padding: 0 .4em; font-size: .85rem; }
[data-gisa=subheading] { display: block; margin: .3rem 0; padding-left: .5rem; box-shadow: inset 3px 0 #9575cd; background: #faf8ff; font-weight: 600; }
[data-gisa=stamp] { background: #e3f2fd; border: 1px solid #90caf9; padding: 0 .3em; }
[data-gisa=byline] { background: #e8f5e9; border: 1px solid #a5d6a7; padding: 0 .3em; }
[data-gisa=caption] { background: #fff8e1; }
[data-gisa=credit] { background: #efebe9; border: 1px solid #bcaaa4; padding: 0 .3em; font-size: .9em; }
[data-gisa=quote] { border-bottom: 2px solid; padding: 0 .1em; }
[data-gisa=quote]::after { content: " \\2014 " attr(data-speaker); font-size: .72em; font-weight: 600; color: #333; }
[data-gisa=quote].low { outline: 2px dashed #c62828; outline-offset: 1px; }
[data-gisa=quote].low::after { content: " \\26A0 " attr(data-speaker) " (" attr(data-confidence) ")"; color: #b71c1c; }
[data-gisa=speaker-mention] { font-weight: 700; color: inherit; text-decoration: underline 2px; text-underline-offset: 3px; }
:target { outline: 3px solid #111; outline-offset: 2px; }
figure { margin: .8rem 0; padding: .5rem; border: 1px solid #ddd; }
figure .image { font-family: ui-monospace, monospace; font-size: .8rem; color: #555; overflow-wrap: anywhere; }
aside { font-size: .85rem; min-width: 0; overflow-x: auto; }
table.quotes { font-size: .8rem; }
table.fields td { overflow-wrap: anywhere; }
table.quotes td:nth-child(2) { min-width: 12rem; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #ddd; padding: .2rem .35rem; text-align: left; vertical-align: top; overflow-wrap: break-word; word-break: keep-all; }
th { background: #f5f5f5; }
td.num { text-align: right; white-space: nowrap; }
th button { font: inherit; font-weight: 700; border: 0; background: none; cursor: pointer; padding: 0; }
th[aria-sort=ascending] button::after { content: " \\25B2"; }
th[aria-sort=descending] button::after { content: " \\25BC"; }
.swatch { display: inline-block; width: 1em; height: 1em; vertical-align: -.15em; border: 2px solid; border-radius: .2em; }
.warnings li { color: #b71c1c; }
.s-none { background: #eeeeee; border-color: #757575; }
.s0 { background: #ffe0e0; border-color: #d32f2f; }
.s1 { background: #dcedff; border-color: #1565c0; }
.s2 { background: #dff5e1; border-color: #2e7d32; }
.s3 { background: #fff1cc; border-color: #ef6c00; }
.s4 { background: #f3e0f7; border-color: #8e24aa; }
.s5 { background: #d9f4f4; border-color: #00838f; }
.s6 { background: #fde2ee; border-color: #c2185b; }
.s7 { background: #eef3d2; border-color: #827717; }
.s8 { background: #e3e6f8; border-color: #303f9f; }
.s9 { background: #f7e6da; border-color: #6d4c41; }
.s10 { background: #e0f2ea; border-color: #00695c; }
.s11 { background: #f0e6ff; border-color: #5e35b1; }
`;

/** SHA-256 of {@link STYLE}, base64, as a CSP source. */
export const STYLE_HASH = 'sha256-mfPp/NTHa5wGZQ07u3RuZIA/mRV5qlHixT5GysIDhpY=';

/**
 * Sorts the index table by the column whose header button is clicked (again: the other
 * way). Cells sort by their `data-sort` value; empty values go last either way.
 */
export const SORT_SCRIPT = `
for (const button of document.querySelectorAll('th button')) {
  button.addEventListener('click', () => {
    const th = button.parentElement;
    const column = Array.prototype.indexOf.call(th.parentElement.children, th);
    const ascending = th.getAttribute('aria-sort') !== 'ascending';
    for (const other of th.parentElement.children) other.removeAttribute('aria-sort');
    th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
    const numeric = button.dataset.type === 'number';
    const body = th.closest('table').tBodies[0];
    const key = (row) => row.cells[column].dataset.sort ?? '';
    const rows = Array.from(body.rows);
    rows.sort((a, b) => {
      const x = key(a), y = key(b);
      if (x === '' || y === '') return (x === '') - (y === '');
      const order = numeric ? Number(x) - Number(y) : x.localeCompare(y);
      return ascending ? order : -order;
    });
    body.append(...rows);
  });
}
`;

/** SHA-256 of {@link SORT_SCRIPT}, base64, as a CSP source. */
export const SORT_SCRIPT_HASH = 'sha256-S/yryiMi6GjApY0OkSQX3GioEgcIMxHlDEVYMcFqBRA=';
