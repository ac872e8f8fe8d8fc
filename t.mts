import { parseArticle } from './src/index.js';
const a = parseArticle('제목\u0000입니다\n본문\u001b[31m 이다\u202e 끝\uffff. \ud800 그리고 e\u0301'.concat('\u0316\u0301'.repeat(50)));
console.log(JSON.stringify({ h: a.headline, p: a.paragraphs, w: a.warnings }));
const b = parseArticle('<html><head><base href="javascript:alert(1)"><meta property="og:url" content="vbscript:x"></head><body><h1>제목&#x1b;입니다</h1><figure><img src="java&#9;script:alert(1)"><figcaption>사진 설명이다 &#x202e;</figcaption></figure><p>본문이다. 문장이 있다.</p><figure><img src="/a.jpg"><figcaption>둘째 사진</figcaption></figure></body></html>', { url: 'javascript:alert(2)' });
console.log(JSON.stringify({ h: b.headline, c: b.captions, u: b.source.url, w: b.warnings }));
const c = parseArticle('<html><body><h1>제목입니다</h1><figure><img src="/a.jpg"><figcaption>둘째 사진</figcaption></figure><p>본문이다. 문장이 있다.</p></body></html>', { url: 'https://news.example.kr/x/1' });
console.log(JSON.stringify({ c: c.captions, u: c.source.url }));
