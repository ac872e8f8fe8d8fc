/**
 * `gisa audit FILE… --out DIR`: one audit page per input record and an `index.html` over
 * them all. It reads inputs exactly as the parse command does (files, directories, JSON
 * Lines, WARC; same options) and parses on the main thread, one record at a time: an
 * audit is for a batch a person will look at, not for a whole archive.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { auditSummary, renderArticleAudit, renderAuditIndex, type AuditIndexEntry } from '../audit/index.js';
import { DEFAULT_MAX_INPUT_BYTES, type Article, type ParseOptions } from '../index.js';
import { optionsOf, parseArgs, DEFAULT_GLOB, type CliArgs } from './args.js';
import { compileGlobs } from './glob.js';
import { readInputs, type InputContext } from './inputs.js';
import { zeroCounts } from './progress.js';
import { CLI_ERROR, parseOne, type RecordError, type Task } from './records.js';

/** The text of `gisa audit --help`. */
export const AUDIT_USAGE = `Usage: gisa audit [options] FILE|DIR ... --out DIR

Writes one self-contained HTML page per input record into DIR, showing what gisa
extracted highlighted in the text, and DIR/index.html, a sortable table of them all.
Pages are named after their input: a file by its name without extension, a JSON Lines
record by its "id", else its "url", else its line number; a WARC record by its URL.

Takes the inputs and the Input and Parsing options of gisa (see gisa --help):
--input, --field, --glob, --shard, --format, --url, --charset, --time-zone, --now,
--max-input-bytes; and --quiet (no summary on stderr).

Exit status: 0 when every record parsed, 1 when any failed (listed in the index),
2 on bad usage or when DIR cannot be written.
`;

/** Options of the parse command that mean nothing for an audit. */
function unusedOption(args: CliArgs): string | null {
  if (args.fields) return '--fields';
  if (args.pretty) return '--pretty';
  if (args.unordered) return '--unordered';
  if (args.jobs !== null) return '--jobs';
  if (args.progress !== null) return '--progress';
  if (args.timeoutSeconds !== 30) return '--timeout';
  return null;
}


/** A page name safe as a file name and readable in a URL: letters, digits, `.`, `_`, `-`. */
export function safeName(raw: string): string {
  const cleaned = raw
    .replace(/^[a-z][a-z0-9+.-]*:\/\//i, '')
    .replace(/[^\p{L}\p{N}._-]+/gu, '-')
    .replace(/^[.-]+|-+$/g, '')
    .slice(0, 100);
  return cleaned || 'article';
}

/** One parsed record: what to call it, and its article or error. */
interface Outcome {
  name: string;
  article: Article | null;
  error: RecordError | null;
}

/** The name of a record by what is known of it: a JSON Lines id, a URL, a file, a line. */
function nameOf(meta: Record<string, unknown>): string {
  if (typeof meta.id === 'string' && meta.id) return meta.id;
  if (typeof meta.url === 'string' && meta.url) return meta.url;
  if (typeof meta.file === 'string') return meta.file === '-' ? 'stdin' : meta.file;
  return typeof meta.line === 'number' ? `line ${meta.line}` : 'record';
}

/** The page name of a record: a file's name without extension, else the record's id or URL. */
function pageNameOf(meta: Record<string, unknown>): string {
  if (typeof meta.url !== 'string' && typeof meta.file === 'string' && meta.file !== '-') {
    const file = basename(meta.file);
    return safeName(file.slice(0, file.length - extname(file).length));
  }
  return safeName(nameOf(meta));
}

function parseRecord(content: string | Uint8Array, options: ParseOptions, url: string | null, charset: string | null): Pick<Outcome, 'article' | 'error'> {
  const result = parseOne(content, { options, fields: null, field: 'html' }, url, charset);
  return 'article' in result ? { article: result.article as Article, error: null } : { article: null, error: result.error };
}

/** A JSON Lines record: its content field parsed, named by its `id`, else `url`, else line. */
function runLine(task: Extract<Task, { kind: 'line' }>, options: ParseOptions, field: string): Outcome & { meta: Record<string, unknown> } {
  const meta: Record<string, unknown> = { line: task.line };
  const fail = (code: string, message: string) => ({ meta, name: `line ${task.line}`, article: null, error: { code, message } });
  let record: unknown;
  try {
    record = JSON.parse(new TextDecoder().decode(task.bytes));
  } catch (error) {
    return fail(CLI_ERROR.invalidJson, `line ${task.line} is not JSON: ${(error as Error).message}`);
  }
  if (typeof record !== 'object' || record === null || Array.isArray(record)) return fail(CLI_ERROR.invalidRecord, `line ${task.line} is JSON but not an object`);
  const fields = record as Record<string, unknown>;
  const id = typeof fields.id === 'string' || typeof fields.id === 'number' ? String(fields.id) : null;
  const url = typeof fields.url === 'string' ? fields.url : null;
  if (id) meta.id = id;
  if (url) meta.url = url;
  const name = nameOf(meta);
  const content = fields[field];
  if (typeof content !== 'string') {
    return { ...fail(content === undefined || content === null ? CLI_ERROR.missingField : CLI_ERROR.invalidField, `the record has no string "${field}" field`), name };
  }
  return { meta, name, ...parseRecord(content, options, url, null) };
}

/** Hands out page names, each once: `a`, `a-2`, `a-3`; `index` is the index's own. */
function namer(): (wanted: string) => string {
  const used = new Set<string>(['index']);
  return (wanted) => {
    let name = wanted;
    for (let n = 2; used.has(name.toLowerCase()); n += 1) name = `${wanted}-${n}`;
    used.add(name.toLowerCase());
    return name;
  };
}

/** Runs `gisa audit` with its arguments (after `audit`); resolves to the exit status. */
export async function runAudit(argv: readonly string[]): Promise<number> {
  let args: CliArgs;
  try {
    args = parseArgs(argv);
    const unused = unusedOption(args);
    if (unused) throw new Error(`gisa audit does not take ${unused}`);
    if (!args.help && !args.out) throw new Error('gisa audit needs --out DIR');
    if (!args.help && args.files.length === 0) throw new Error('gisa audit needs at least one FILE or DIR');
  } catch (error) {
    process.stderr.write(`gisa: ${(error as Error).message}\nRun gisa audit --help for the options.\n`);
    return 2;
  }
  if (args.help) {
    process.stdout.write(AUDIT_USAGE);
    return 0;
  }
  const dir = args.out as string;
  try {
    await mkdir(dir, { recursive: true });
  } catch (error) {
    process.stderr.write(`gisa: cannot create ${dir}: ${(error as Error).message}\n`);
    return 2;
  }
  const options = optionsOf(args, null);
  const shard = args.shard;
  let seen = 0;
  const ctx: InputContext = {
    kind: args.input,
    fallback: args.field ? 'jsonl' : 'file',
    accept: compileGlobs(args.globs.length ? args.globs : [DEFAULT_GLOB]),
    take: () => (shard ? seen++ % shard.count === shard.index : true),
    maxRecordBytes: args.maxInputBytes ?? DEFAULT_MAX_INPUT_BYTES,
    counts: zeroCounts(null),
    contentField: args.field ?? 'html',
  };
  const field = args.field ?? 'html';
  const nextName = namer();
  const entries: AuditIndexEntry[] = [];
  try {
    for await (const item of readInputs(args.files, ctx)) {
      let outcome: Outcome;
      let meta: Record<string, unknown>;
      if (item.outcome) {
        // A record refused before parsing: its output line already holds the keys and the error.
        const line = JSON.parse(String(item.outcome.out)) as Record<string, unknown> & { error: RecordError };
        meta = line;
        outcome = { name: nameOf(line), article: null, error: line.error };
      } else if (item.task.kind === 'line') {
        ({ meta, ...outcome } = runLine(item.task, options, field));
      } else if (item.task.kind === 'doc') {
        meta = item.task.meta;
        outcome = { name: nameOf(meta), ...parseRecord(item.task.bytes, options, item.task.url, item.task.charset) };
      } else {
        // Tasks handed over by code (`parseMany`) never come from files.
        continue;
      }
      if (!outcome.article) {
        entries.push({ name: outcome.name, href: null, summary: null, error: outcome.error });
        continue;
      }
      const page = nextName(pageNameOf(meta));
      await writeFile(join(dir, `${page}.html`), renderArticleAudit(outcome.article, { name: outcome.name, indexHref: 'index.html' }));
      entries.push({ name: outcome.name, href: `${encodeURIComponent(page)}.html`, summary: auditSummary(outcome.article), error: null });
    }
    await writeFile(join(dir, 'index.html'), renderAuditIndex(entries));
  } catch (error) {
    process.stderr.write(`gisa: ${(error as Error).message}\n`);
    return 2;
  }
  const failed = entries.filter((e) => !e.summary).length;
  if (!args.quiet) {
    process.stderr.write(`gisa audit: ${entries.length - failed} pages, ${failed} failed; open ${join(dir, 'index.html')}\n`);
  }
  return failed > 0 ? 1 : 0;
}
