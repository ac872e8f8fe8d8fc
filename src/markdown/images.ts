import { looksLikeCredit, splitCaption } from '../extract/captions.js';
import { clean, skeleton } from '../util/text.js';
import { isNavigation } from './navigation.js';
import type { TextLine } from './pieces.js';
import type { ImageToken } from './tokens.js';

// r.jina.ai numbers every picture: `![Image 3: alt](…)`.
const READER_IMAGE_PREFIX = /^Image\s{1,3}\d{1,5}(?::\s{0,3}|$)/;
const FILE_NAME = /\.(?:jpe?g|png|gif|webp|bmp|svg|avif)(?:\?\S{0,200})?$/i;
// Alt texts that name no photo: placeholders and interface pictures.
const GENERIC_ALTS = new Set([
  '사진', '이미지', '기사 이미지', '기사이미지', '대표 이미지', '대표이미지', '본문 이미지', '본문이미지', '썸네일', '섬네일',
  '로고', '배너', '아이콘', '닫기', '검색', '더보기', 'image', 'photo', 'picture', 'img', 'thumbnail', 'logo', 'banner', 'icon',
]);
// Pictures of a reporter beside the byline, not news photos.
const PROFILE = /(?:기자\s{0,2}(?:사진|이미지|얼굴|프로필|섬네일|썸네일)|프로필|profile|reporter|journalist|writer|byline|author)/i;
// Interface pictures, by their file names.
const UI_PICTURE = /(?:^|[/_.-])(?:icon|ico|logo|btn|button|bullet|blank|spacer|arrow|sns|share|banner)(?=[/_.\d-]|$)/i;

/** The alt text without a reader service's `Image N:` prefix, cleaned. */
export function altText(alt: string): string {
  return clean(clean(alt).replace(READER_IMAGE_PREFIX, ''));
}

/** Whether a picture shows a reporter (a profile picture beside the byline). */
export function isProfile(image: ImageToken): boolean {
  return PROFILE.test(altText(image.alt)) || PROFILE.test(image.url ?? '');
}

/**
 * Whether a picture is a news photo that may have a caption: it has an address, is not
 * a link to another page (thumbnails of other articles, banners, share buttons), and is
 * neither a reporter's profile picture nor an interface picture.
 */
export function isPhoto(image: ImageToken): boolean {
  if (!image.url) return false;
  if (image.href && image.href !== image.url && !FILE_NAME.test(image.href)) return false;
  const alt = altText(image.alt);
  if (PROFILE.test(alt) || PROFILE.test(image.url)) return false;
  let path = image.url;
  try {
    path = new URL(image.url, 'https://x.invalid/').pathname;
  } catch {
    // An unparsable address is tested as written.
  }
  return !UI_PICTURE.test(path);
}

/**
 * The alt text when it describes the photo, else null. A placeholder, a file name, a
 * single word (`연합뉴스`, `left`) or the page's own title (`known`) is no caption.
 */
export function captionFromAlt(image: ImageToken, known: ReadonlySet<string>): string | null {
  const alt = altText(image.alt);
  if (!alt || GENERIC_ALTS.has(alt.toLowerCase()) || FILE_NAME.test(alt) || /^https?:/i.test(alt)) return null;
  const key = skeleton(alt);
  if (key.length < 4 || !alt.includes(' ') || known.has(key)) return null;
  return describesPhoto(alt) ? alt : null;
}

/** `… 연설하고 있다. 연합뉴스`: a sentence, then an agency or photographer. */
function endsWithCredit(text: string): boolean {
  const end = text.lastIndexOf('. ');
  return end > 0 && text.length - end <= 24 && looksLikeCredit(text.slice(end + 2));
}

/**
 * Whether an alt text reads as a caption: a sentence (`…하고 있다.`), a caption marker
 * or a photo credit. Alt texts that are labels or other articles' titles (thumbnails,
 * share buttons, `iMBC 연예뉴스 사진`) do not.
 */
function describesPhoto(alt: string): boolean {
  const parts = splitCaption(alt, true);
  if (parts.marker === 'strong' || parts.credit || endsWithCredit(alt)) return true;
  return /[.!?]$|다\.(?:\s|$)/.test(parts.text);
}

/**
 * How surely text after a photo is its caption: `strong` for an italic line, a
 * `<figcaption>`, a caption marker (`▲`), a photo credit or a copy of the alt text,
 * wherever it stands; `weak` for a short plain line in the photo's own paragraph
 * (`![](…)박채규 대표`); null when it is no caption.
 */
export function captionEvidence(line: TextLine, image: ImageToken, sameParagraph: boolean): 'strong' | 'weak' | null {
  if (!line.letters || line.text.length > 400 || isNavigation(line)) return null;
  if (line.captionLetters >= line.letters * 0.9 || line.italicLetters >= line.letters * 0.9) return 'strong';
  const parts = splitCaption(line.text, true);
  if (parts.marker === 'strong' || parts.credit || endsWithCredit(line.text)) return 'strong';
  const alt = skeleton(altText(image.alt));
  const text = skeleton(line.text);
  if (alt.length >= 8 && text.length >= 8 && (alt.includes(text) || text.includes(alt))) return 'strong';
  return sameParagraph && line.text.length <= 300 ? 'weak' : null;
}
