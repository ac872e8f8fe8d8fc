import { HONORIFICS } from '../../rules/korean.js';
import type { SpeakerCore, SpeakerKind } from '../../schema.js';

// `A씨`, `B 총경` → `B`, `김모 씨`, `강모(45)씨` → `강모 씨`: a capital letter or a surname with 모
// stands in for a name the outlet withheld.
const ANONYMIZED = new RegExp(`^(?:[A-Z]{1,2}|[가-힣]모)(?:\\s?[${[...HONORIFICS].join('')}])?$`, 'u');
// A plural or collective descriptor names a group, not one person: `주민들`, `관람한 부모들`.
const GROUP = /들$/u;
// `소속사 측`: someone speaking for the body, not the body itself.
const SIDE = /측$/u;

/**
 * Tells what kind of speaker a resolved speaker is, from the shape of its fields alone.
 *
 * @example
 * speakerKind({ name: 'A씨', role: null, organization: null, title: null })        // 'anonymized'
 * speakerKind({ name: null, role: '코레일', organization: '코레일', title: null })  // 'organization'
 * speakerKind({ name: null, role: '경찰 관계자', organization: '경찰', title: '관계자' }) // 'anonymous'
 */
export function speakerKind(s: SpeakerCore): SpeakerKind {
  if (s.name !== null) return ANONYMIZED.test(s.name) ? 'anonymized' : 'person';
  if (s.role && GROUP.test(s.role)) return 'group';
  if (s.organization && !s.title && !(s.role && SIDE.test(s.role))) return 'organization';
  return 'anonymous';
}
