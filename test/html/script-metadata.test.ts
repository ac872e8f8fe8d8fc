import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/index.js';

// An invented Arc XP page whose article lives only in script data, with the author in a
// meta tag: the script path fills the metadata the same way as the DOM path.
const page = `<!doctype html><html><head>
<meta property="og:title" content="항만 물동량 석 달째 증가">
<meta name="author" content="박윤수">
<script id="fusion-metadata">Fusion.globalContent={"headlines":{"basic":"항만 물동량 석 달째 증가"},"first_publish_date":"2025-03-04T01:10:00Z","content_elements":[{"type":"text","content":"부산항의 컨테이너 물동량이 석 달째 늘었다고 항만공사가 4일 밝혔다."},{"type":"text","content":"공사는 환적 화물이 크게 늘어난 덕분이라고 설명했다."}]};Fusion.globalContentConfig={};</script>
</head><body><div id="app"></div></body></html>`;

describe('HTML read from script data', () => {
  it('keeps the page metadata, authors included', () => {
    const a = parseArticle(page);
    expect(a.headline).toBe('항만 물동량 석 달째 증가');
    expect(a.publishedAt).toBe('2025-03-04T10:10:00+09:00');
    expect(a.bylines).toEqual([{ name: '박윤수', title: null, email: null }]);
  });
});
