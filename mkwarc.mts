import { WARCRecord, WARCSerializer } from 'warcio';
import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
const enc = new TextEncoder();
async function record(url: string, body: string, gzip: boolean) {
  const rec = await WARCRecord.create({ url, type: 'response', date: '2024-06-13T05:36:00Z', warcVersion: 'WARC/1.1', statusline: 'HTTP/1.1 200 OK', httpHeaders: { 'Content-Type': 'text/html; charset=utf-8' } },
    (async function* () { yield enc.encode(body); })());
  return Buffer.from(await WARCSerializer.serialize(rec, { gzip }));
}
const page = (i: number) => `<html><head><title>기사 ${i}</title></head><body><h1>기사 ${i} 제목입니다</h1><p>서울시는 13일 새 버스 노선 ${i}번을 발표했다.</p></body></html>`;
const plain: Buffer[] = [], gz: Buffer[] = [];
for (let i = 0; i < 200; i++) { plain.push(await record(`https://news.example/${i}`, page(i), false)); gz.push(await record(`https://news.example/${i}`, page(i), true)); }
writeFileSync('/tmp/w12/plain.warc', Buffer.concat(plain));
writeFileSync('/tmp/w12/crawl.warc.gz', Buffer.concat(gz));
const all = Buffer.concat(gz.slice(0, 3));
writeFileSync('/tmp/w12/cut.warc.gz', all.subarray(0, all.length - 40));
// Content-Length larger than the data: record 1 claims 50 more bytes.
const three = plain.slice(0, 3).map((b) => b.toString('latin1'));
three[1] = three[1].replace(/Content-Length: (\d+)/, (_, n) => `Content-Length: ${Number(n) + 50}`);
writeFileSync('/tmp/w12/long.warc', Buffer.from(three.join(''), 'latin1'));
