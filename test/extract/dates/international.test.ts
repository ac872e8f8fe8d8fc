import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { emptyMetadata } from '../../../src/blocks.js';
import { findStamps, isStampLine } from '../../../src/extract/dates/find-stamps.js';
import { pickInternational, urlDate } from '../../../src/extract/dates/international.js';
import { isKoreanDocument } from '../../../src/extract/dates/language.js';
import { parseStamp } from '../../../src/extract/dates/parse-stamp.js';
import { numericOrder } from '../../../src/extract/dates/worded.js';
import { parseArticle } from '../../../src/index.js';

const abroad = (language: string | null = null) => ({ timeZone: 'UTC', now: null, international: true, language });
const day = (text: string, language: string | null = null) => parseStamp(text, abroad(language))?.slice(0, 10) ?? null;

describe('worded and day-first dates abroad', () => {
  it.each([
    ['The vote took place on 14 June 2013', '2013-06-14'],
    ['June 14, 2013', '2013-06-14'],
    ['Dec. 22, 2016, 6:47 p.m.', '2016-12-22'],
    ['Sept. 2, 2016', '2016-09-02'],
    ['March 9 2017 4:21 PM', '2017-03-09'],
    ['JULY 29, 2016', '2016-07-29'],
    ['Thursday 27 July 2017', '2017-07-27'],
    ['14. Juni 2013, 9:21 Uhr', '2013-06-14'],
    ['am 3. März 2020', '2020-03-03'],
    ['le 14 juin 2013', '2013-06-14'],
    ['le 1er mai 2013', '2013-05-01'],
    ['21 de marzo de 2019', '2019-03-21'],
    ['2013年6月14日 13時16分', '2013-06-14'],
    ['14.06.2013', '2013-06-14'],
    ['19.6.2007 9:40 Uhr', '2007-06-19'],
    ['8.7.11', '2011-07-08'],
  ])('%s is %s', (text, expected) => {
    expect(day(text)).toBe(expected);
  });

  it('reads the time of day after joining words and in local shapes', () => {
    expect(parseStamp('April 28, 2019 at 6:01 am', abroad())).toBe('2019-04-28T06:01:00+00:00');
    expect(parseStamp('Publié le 07 mai 2019 à 13h59', abroad('fr'))).toBe('2019-05-07T13:59:00+00:00');
    expect(parseStamp('03.02.2021, 07.11 Uhr', abroad('de'))).toBe('2021-02-03T07:11:00+00:00');
  });

  it('keeps the offset a printed zone gives', () => {
    expect(parseStamp('Wednesday January 18, 2017 10:44 am PST', abroad())).toBe('2017-01-18T10:44:00-08:00');
  });

  it('reads slashed dates by the page language, and not at all when the order cannot be told', () => {
    expect(day('03/04/2019', 'en-US')).toBe('2019-03-04');
    expect(day('03/04/2019', 'fr')).toBe('2019-04-03');
    expect(day('03/04/2019', 'en')).toBeNull();
    expect(day('03/04/2019')).toBeNull();
    // One reading only: the 26th cannot be a month.
    expect(day('2/26/2015 7:11 AM')).toBe('2015-02-26');
    expect(day('26/02/2015')).toBe('2015-02-26');
  });

  it('tells the order of numeric dates from the language tag', () => {
    expect(numericOrder('de-AT')).toBe('dmy');
    expect(numericOrder('en-GB')).toBe('dmy');
    expect(numericOrder('en-US')).toBe('mdy');
    expect(numericOrder('en')).toBeNull();
    expect(numericOrder(null)).toBeNull();
  });

  it('does not read version numbers or month-less words as dates', () => {
    expect(day('Release 4.2.3 is out')).toBeNull();
    expect(day('Chapter 14, 2013 pages')).toBeNull();
  });

  it('reads relative stamps against options.now, and leaves them unresolved without it', () => {
    const now = new Date('2024-03-10T12:00:00Z');
    const at = (text: string) => parseStamp(text, { ...abroad(), now });
    expect(at('Updated 3 hours ago')).toBe('2024-03-10T09:00:00+00:00');
    expect(at('an hour ago')).toBe('2024-03-10T11:00:00+00:00');
    expect(at('vor 2 Tagen')).toBe('2024-03-08T12:00:00+00:00');
    expect(at('Aktualisiert vor einer Stunde')).toBe('2024-03-10T11:00:00+00:00');
    expect(at('il y a 3 heures')).toBe('2024-03-10T09:00:00+00:00');
    expect(at('hace 2 días')).toBe('2024-03-08T12:00:00+00:00');
    expect(at('5時間前')).toBe('2024-03-10T07:00:00+00:00');
    expect(at('2 months ago')).toBe('2024-01-10T12:00:00+00:00');
    expect(parseStamp('3 hours ago', abroad())).toBeNull();
    // Not a count: `many hours ago` names no time.
    expect(at('many hours ago')).toBeNull();
  });

  it('leaves Korean pages to the Korean reader', () => {
    // Without `international` a worded date is no stamp, as before.
    expect(parseStamp('June 14, 2013', { timeZone: 'Asia/Seoul', now: null })).toBeNull();
  });
});

describe('foreign stamp labels', () => {
  const labelled = (line: string, language: string | null = null) => findStamps(line, abroad(language)).map(({ kind, iso }) => ({ kind, day: iso?.slice(0, 10) }));

  it.each([
    ['First published on Tue 29 Nov 2016 07.46 EST', 'published'],
    ['PUBLISHED: January 16, 2023 at 4:30 p.m.', 'published'],
    ['Posted on August 2, 2019', 'published'],
    ['Veröffentlicht am 14. Juni 2013', 'published'],
    ['Publié le 13 mars 2017', 'published'],
    ['Last updated July 21, 2022', 'modified'],
    ['Mis à jour le 08 mai 2019 à 09h03', 'modified'],
    ['Aktualisiert am 15.05.2020', 'modified'],
    ['Stand: 08.05.2019, 5:30', 'modified'],
    ['Published Thursday 27 July 2017', 'published'],
  ])('%s is %s', (line, kind) => {
    expect(labelled(line, 'de')[0]?.kind).toBe(kind);
  });

  it('labels each stamp of a line on its own', () => {
    expect(labelled('Published February 24, 2020 Last updated July 21, 2022')).toEqual([
      { kind: 'published', day: '2020-02-24' },
      { kind: 'modified', day: '2022-07-21' },
    ]);
  });

  it('keeps the label as the page prints it', () => {
    expect(findStamps('Veröffentlicht am 14. Juni 2013', abroad('de'))[0]?.label).toBe('Veröffentlicht am');
    expect(findStamps('PUBLISHED: January 16, 2023', abroad())[0]?.label).toBe('PUBLISHED');
  });

  it('matches labels as whole words only', () => {
    // `Bystand` ends in `stand` but is no label.
    expect(labelled('Bystand 14.06.2013')[0]?.kind).toBe('other');
  });

  it('takes a byline with its date for a stamp line, not a sentence that mentions a date', () => {
    expect(isStampLine('By Jane Roe on June 14, 2013', abroad())).toBe(true);
    expect(isStampLine('The council met on June 14, 2013.', abroad())).toBe(false);
  });
});

describe('choosing the published day abroad', () => {
  const stamp = (kind: 'published' | 'modified' | 'other', iso: string) => ({ kind, label: null, raw: iso, iso });

  it('prefers a labelled published stamp to the metadata and never takes a modified one', () => {
    const shown = [stamp('modified', '2022-07-21T00:00:00+00:00'), stamp('published', '2020-02-24T00:00:00+00:00')];
    expect(pickInternational(shown, [stamp('published', '2020-02-25T01:00:00+00:00')], null).publishedAt).toBe('2020-02-24T00:00:00+00:00');
    expect(pickInternational([stamp('modified', '2022-07-21T00:00:00+00:00')], [], null)).toEqual({ publishedAt: null, modifiedAt: '2022-07-21T00:00:00+00:00' });
  });

  it('keeps the printed day when UTC metadata falls on the next day', () => {
    const shown = [stamp('other', '2023-01-16T16:30:00-08:00')];
    expect(pickInternational(shown, [stamp('published', '2023-01-17T00:30:41+00:00')], null).publishedAt).toBe('2023-01-16T16:30:00-08:00');
  });

  it('trusts metadata with its own offset over an unlabelled shown date', () => {
    const shown = [stamp('other', '2019-05-02T00:00:00+00:00')];
    expect(pickInternational(shown, [stamp('published', '2019-05-07T13:59:00+02:00')], null).publishedAt).toBe('2019-05-07T13:59:00+02:00');
  });

  it('falls back to a date in the URL path', () => {
    expect(urlDate('https://example.org/2019/06/20/some-story/')).toBe('2019-06-20T00:00:00+00:00');
    expect(urlDate('https://example.org/news/2019-06-20-some-story')).toBe('2019-06-20T00:00:00+00:00');
    expect(urlDate('https://example.org/2019/13/40/x')).toBeNull();
    expect(urlDate('https://example.org/story?id=20190620')).toBeNull();
    expect(pickInternational([], [], 'https://example.org/2019/06/20/x').publishedAt).toBe('2019-06-20T00:00:00+00:00');
  });
});

describe('isKoreanDocument', () => {
  const doc = (text: string, language: string | null = null, adapter: string | null = null) => ({
    blocks: [{ kind: 'paragraph' as const, text }],
    meta: { ...emptyMetadata(), language },
    adapter,
  });

  it('tells Korean pages by their Hangul, whatever their lang attribute says', () => {
    expect(isKoreanDocument(doc('정부는 13일 새 정책을 발표했다. AI 관련 예산도 늘린다.', 'en'))).toBe(true);
    expect(isKoreanDocument(doc('The ministry announced a new policy on Thursday.', 'ko'))).toBe(false);
    expect(isKoreanDocument(doc('The ministry announced a new policy.', null, 'chosun'))).toBe(false);
  });

  it('keeps a page without letters Korean unless its language says otherwise', () => {
    expect(isKoreanDocument(doc('2024.06.13 14:36'))).toBe(true);
    expect(isKoreanDocument(doc('2024.06.13 14:36', 'de'))).toBe(false);
  });
});

describe('whole pages from abroad (fixtures/dates)', () => {
  const parse = (name: string, timeZone?: string) => {
    const gold = JSON.parse(readFileSync(`fixtures/dates/${name}.gold.json`, 'utf8')) as { url?: string };
    return parseArticle(readFileSync(`fixtures/dates/${name}.html`), { url: gold.url, timeZone });
  };

  it('keeps the offset the JSON-LD states instead of moving it to Seoul', () => {
    // zeit.de: datePublished 2020-01-14T09:21:29+01:00 and `14. Januar 2020, 9:21 Uhr` shown.
    expect(parse('tf-zeit.de.zugverkehr').publishedAt?.slice(0, 10)).toBe('2020-01-14');
  });

  it('takes `First published` over the update stamp printed first (The Guardian)', () => {
    expect(parse('pl-theguardian.com').publishedAt?.slice(0, 10)).toBe('2016-11-29');
  });

  it('takes the printed day over UTC metadata of the next day (The Mercury News)', () => {
    // The printed stamp names no zone: it is read in options.timeZone.
    expect(parse('tf-mercurynews.com.2023.01.16.letters-1119', 'America/Los_Angeles').publishedAt).toBe('2023-01-16T16:30:00-08:00');
  });

  it('reads a French page with its update stamp beside the published one (Le Monde)', () => {
    const a = parse('pl-lemonde.fr');
    expect(a.publishedAt?.slice(0, 10)).toBe('2019-05-07');
    expect(a.modifiedAt?.slice(0, 10)).toBe('2019-05-08');
  });
});
