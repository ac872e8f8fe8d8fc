import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { ArticleSchema } from '../src/index.js';

type JsonSchema = { description?: string; properties?: Record<string, JsonSchema>; items?: JsonSchema; anyOf?: JsonSchema[] };

/** Every property path of the schema that has no description of its own. */
function undocumented(schema: JsonSchema, path: string): string[] {
  const out: string[] = [];
  for (const [key, value] of Object.entries(schema.properties ?? {})) {
    const here = `${path}.${key}`;
    const parts = [value, ...(value.anyOf ?? [])];
    if (!parts.some((p) => p.description)) out.push(here);
    for (const part of parts) {
      out.push(...undocumented(part, here));
      if (part.items) out.push(...undocumented(part.items, `${here}[]`));
    }
  }
  return out;
}

describe('field documentation', () => {
  it('gives every Article field, nested ones included, a description in the JSON Schema', () => {
    const schema = z.toJSONSchema(ArticleSchema) as JsonSchema;
    expect(undocumented(schema, 'Article')).toEqual([]);
    expect(schema.properties?.headline?.description).toBe('The title as printed, with quote marks, … and [단독] kept and any site-name suffix removed.');
  });

  it('says the same in the JSDoc editors show as in the schema description', () => {
    const source = readFileSync('src/schema.ts', 'utf8');
    const pairs = [...source.matchAll(/\/\*\* (.+?) \*\/\n\s+\w+: [^\n]*\.describe\((['"])(.+?)\2\),?\n/g)];
    expect(pairs.length).toBeGreaterThanOrEqual(40);
    for (const [, jsdoc, , description] of pairs) {
      expect((jsdoc as string).replace(/`/g, '')).toBe((description as string).replace(/\\'/g, "'"));
    }
  });
});
