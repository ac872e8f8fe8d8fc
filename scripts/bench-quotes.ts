/**
 * `npm run bench:quotes`: how long `parseArticle` takes on an article made of quotes,
 * from 0.1 MB to 1 MB, in two shapes: many paragraphs (as articles are) and one single
 * paragraph (where a quadratic step would show at once). Time should grow linearly and
 * a 1 MB article should parse in under a second.
 *
 *   npm run bench:quotes              the table
 *   npm run bench:quotes -- --runs 5  best of 5 runs per size (default 3)
 */
import { parseArticle } from '../src/index.js';

const argv = process.argv.slice(2);
const runs = argv.includes('--runs') ? Number(argv[argv.indexOf('--runs') + 1]) : 3;

// Sentences of the kinds the extractor meets, each with a quote; names vary so the
// people index grows with the article.
const SURNAMES = ['김', '이', '박', '최', '정', '강', '조', '윤', '장', '임'];
const GIVEN = ['민수', '서연', '지훈', '하은', '도윤', '수아', '현우', '지민', '예준', '채원'];
const ORGS = ['국토교통부', '삼성전자', '한국은행', '더불어민주당', '국민의힘', '서울대병원'];
const TITLES = ['장관', '대표', '원장', '교수', '의원', '연구위원'];

function sentence(i: number): string {
  const name = `${SURNAMES[i % 10]}${GIVEN[Math.floor(i / 10) % 10]}`;
  const org = ORGS[i % ORGS.length] as string;
  const title = TITLES[i % TITLES.length] as string;
  // The number keeps every quote distinct: a quote repeated word for word in one paragraph is dropped.
  switch (i % 8) {
    case 0:
      return `${name} ${org} ${title}은 이날 “정책 ${i}호의 방향을 바꾸지 않겠다”며 “국민과 약속을 지키겠다”고 말했다.`;
    case 1:
      return `${(name)[0]} ${title}은 이어 “시장이 ${i}일 안에 안정될 것”이라고 강조했다.`;
    case 2:
      return `업계 관계자는 "수요가 ${i}건 늘고 있다"면서 "공급이 따라가지 못한다"고 전했다.`;
    case 3:
      return `이 관계자는 “하반기 ${i}주차에는 나아질 것”이라고 덧붙였다.`;
    case 4:
      return `${org}는 “${i}번 보도는 사실과 다르다”는 입장을 밝혔다.`;
    case 5:
      return `그는 ‘${org} 혁신’이라는 주제로 강연하며 “변화가 ${i}배 필요하다”고 했다.`;
    case 6:
      return `기자가 “${i}번째 사퇴 요구에 답할 생각이 있느냐”고 묻자 ${name} ${title}은 “그럴 생각이 없다”고 답했다.`;
    default:
      return `“규제 ${i}건을 풀어야 한다”라고 ${name} 한국경제연구원 연구위원은 말했다.`;
  }
}

/** An article of about `bytes` UTF-8 bytes: a headline, then quote sentences, in paragraphs of `perParagraph` sentences. */
function article(bytes: number, perParagraph: number): string {
  const lines = ['정부, 대책 발표…“시장 안정이 우선”'];
  let size = Buffer.byteLength(lines[0] as string);
  let paragraph: string[] = [];
  for (let i = 0; size < bytes; i += 1) {
    const s = sentence(i);
    size += Buffer.byteLength(s) + 1;
    paragraph.push(s);
    if (paragraph.length >= perParagraph) {
      lines.push(paragraph.join(' '));
      paragraph = [];
    }
  }
  if (paragraph.length) lines.push(paragraph.join(' '));
  return lines.join('\n');
}

/**
 * The best of `runs` parses: wall-clock milliseconds, and the process's CPU time over the
 * same parse (which other programs on a busy machine do not inflate).
 */
function best(text: string): { ms: number; cpu: number; quotes: number } {
  let ms = Infinity;
  let cpu = Infinity;
  let quotes = 0;
  for (let r = 0; r < runs; r += 1) {
    const cpuStart = process.cpuUsage();
    const started = performance.now();
    const parsed = parseArticle(text, { format: 'text' });
    ms = Math.min(ms, performance.now() - started);
    const used = process.cpuUsage(cpuStart);
    cpu = Math.min(cpu, (used.user + used.system) / 1000);
    quotes = parsed.quotes.length;
  }
  return { ms, cpu, quotes };
}

// Warm the JIT so the first size is not charged for compilation.
parseArticle(article(100_000, 3), { format: 'text' });

const sizes = [0.1, 0.25, 0.5, 0.75, 1].map((mb) => Math.round(mb * 1_000_000));
let failed = false;
for (const [shape, perParagraph] of [
  ['paragraphs of 3 sentences', 3],
  ['one single paragraph', Number.POSITIVE_INFINITY],
] as const) {
  console.log(`\n${shape} (best of ${runs})`);
  console.log('| size | quotes | wall ms | CPU ms | wall ms per 100 kB |');
  console.log('| ---: | ---: | ---: | ---: | ---: |');
  const perKb: number[] = [];
  for (const bytes of sizes) {
    const { ms, cpu, quotes } = best(article(bytes, perParagraph));
    perKb.push(ms / (bytes / 100_000));
    console.log(`| ${(bytes / 1_000_000).toFixed(2)} MB | ${quotes} | ${ms.toFixed(0)} | ${cpu.toFixed(0)} | ${(ms / (bytes / 100_000)).toFixed(1)} |`);
    if (bytes === 1_000_000 && ms >= 1000) failed = true;
  }
  // Linear time keeps the cost per 100 kB flat: the 1 MB run may not cost twice the 0.1 MB one.
  const growth = (perKb[perKb.length - 1] as number) / (perKb[0] as number);
  console.log(`cost per 100 kB, 1 MB vs 0.1 MB: ×${growth.toFixed(2)}`);
  if (growth > 2) failed = true;
}
if (failed) {
  console.log('\nFAILED: 1 MB took a second or more, or the cost per byte grew with size');
  process.exitCode = 1;
}
