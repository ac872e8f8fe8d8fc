import { WARCParser } from 'warcio';
import { createReadStream } from 'node:fs';
const p = new WARCParser(createReadStream(process.argv[2], { highWaterMark: 256 * 1024 }));
let n = 0;
for await (const r of p) { const parts = []; for await (const c of r) parts.push(c); n++; if (n < 3) console.log(r.warcTargetURI, parts.length, parts[0]?.byteOffset, parts[0]?.byteLength, parts[0]?.buffer.byteLength); }
console.log(n);
