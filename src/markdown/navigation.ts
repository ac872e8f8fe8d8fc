import { parseBylineLine } from '../extract/bylines.js';
import type { TextLine } from './pieces.js';

/**
 * Whether a line is navigation: mostly link text (menus, breadcrumbs, share bars,
 * lists of other articles, tag rows). A byline that links to the reporter's page is
 * kept, and so are mail links, which never count as link text.
 */
export function isNavigation(line: TextLine): boolean {
  if (!line.letters) return true;
  if (line.linkLetters < line.letters * 0.5) return false;
  return parseBylineLine(line.text) === null;
}
