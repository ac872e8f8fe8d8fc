// Writes dist/schema.json, the JSON Schema of Article, from the zod schema in the built package.
import { writeFileSync } from 'node:fs';
import { z } from 'zod';
import { ArticleSchema } from '../dist/index.js';

const schema = z.toJSONSchema(ArticleSchema, { target: 'draft-2020-12' });
schema.$id = 'https://unpkg.com/gisa/dist/schema.json';
schema.title = 'Article';
schema.description = 'One Korean news article as parsed by gisa.';
writeFileSync(new URL('../dist/schema.json', import.meta.url), `${JSON.stringify(schema, null, 2)}\n`);
console.log('wrote dist/schema.json');
