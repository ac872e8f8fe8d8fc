import type { SiteAdapter } from './types.js';

/** MBN: stamps and byline share one line separated by a lower-case `l`. */
export const mbn: SiteAdapter = {
  name: 'mbn',
  hosts: ['mbn.co.kr', 'm.mbn.co.kr'],
  fingerprints: ['div#newsViewArea'],
  headline: ['div.box01 h1'],
  stamps: ['div.box01 span.time'],
  body: ['div#newsViewArea'],
  remove: ['.vod_area', '#vod_div', '.mbn_vod', '.vodWrap', 'div.btn_box'],
};
