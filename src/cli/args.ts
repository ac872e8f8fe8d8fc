import { ArticleSchema, type ParseOptions, type SiteAdapter } from '../index.js';
import { expandBraces } from './glob.js';

/** Command-line options of `gisa`. */
export interface CliArgs {
  /** Files, directories and `-` (standard input), in the order given. */
  files: string[];
  pretty: boolean;
  format: 'auto' | 'html' | 'markdown' | 'text';
  url: string | undefined;
  charset: string | undefined;
  timeZone: string | undefined;
  now: string | undefined;
  maxInputBytes: number | undefined;
  /** `--adapters FILE`: site adapters of the user's own, tried first. */
  adaptersFile: string | null;
  /** `--no-adapters`: the generic path alone. */
  noAdapters: boolean;
  /** How to read inputs; `auto` goes by file name. */
  input: 'auto' | 'file' | 'jsonl' | 'warc';
  /** The JSON Lines content field; null when not given (then `html`). */
  field: string | null;
  globs: string[];
  fields: string[] | null;
  out: string | null;
  jobs: number | null;
  unordered: boolean;
  shard: { index: number; count: number } | null;
  timeoutSeconds: number;
  /** `null`: on when stderr is a terminal. */
  progress: boolean | null;
  quiet: boolean;
  help: boolean;
  version: boolean;
}

/** Files a directory walk takes when no `--glob` is given: pages, texts, and batch files. */
export const DEFAULT_GLOB = '*.{html,htm,xhtml,shtml,md,markdown,txt,jsonl,ndjson,jsonl.gz,ndjson.gz,warc,warc.gz}';

/** The names `--fields` accepts: the keys of `Article`. */
export const ARTICLE_FIELDS: readonly string[] = Object.keys(ArticleSchema.shape);

/** The text of `gisa --help`. */
export const USAGE = `Usage: gisa [options] [FILE | DIR | - ...]
       gisa audit [options] FILE | DIR ... --out DIR   (HTML pages to check; see gisa audit --help)

Parses Korean news articles (HTML, Markdown or text) into JSON. With no input, or
with -, reads standard input. One article prints one JSON object; anything more
(several files, a directory, JSON Lines, WARC) prints JSON Lines, one line per
record, in input order, each {…, "article": {…}} or {…, "error": {code, message}}.

Input:
  --input auto|file|jsonl|warc  how to read inputs (default auto: *.jsonl, *.ndjson
                                [.gz] are JSON Lines, *.warc[.gz] WARC, others one
                                article each unless they start like JSON Lines;
                                so is stdin)
  --field NAME                  JSON Lines field holding the page (default html);
                                implies --input jsonl for stdin and other files
  --glob PATTERN                files to take from directories (repeatable; without
                                a / it matches the file name at any depth)
                                default: ${DEFAULT_GLOB}
  --shard I/N                   take only records I, I+N, I+2N, … (0 <= I < N)

Output:
  --out FILE                    write to FILE instead of standard output
  --fields a,b,…                keep only these Article fields
  --pretty                      indent (one-article output only)

Parsing:
  --format auto|html|markdown|text   input format (default: sniffed)
  --url URL                     page URL when a record has none
  --charset NAME                charset of the bytes (default: sniffed)
  --time-zone ZONE              zone of stamps that print none (default: Asia/Seoul)
  --now ISO                     reference time for relative stamps (3시간 전)
  --max-input-bytes N           refuse larger records (default: 10485760)
  --adapters FILE.js|FILE.json  site adapters of your own, tried before the built-in
                                ones (a JSON array, or a module exporting one)
  --no-adapters                 no site adapters: the generic path alone

Running:
  --jobs N                      worker threads (default: the number of CPUs)
  --unordered                   print records as they finish, not in input order
  --timeout SECONDS             give up on a record after this long (default 30; 0: never)
  --progress, --no-progress     progress bar on stderr (default: when it is a terminal)
  --quiet                       no summary on stderr
  -h, --help                    show this help
  -v, --version                 show the version

Exit status: 0 when every record parsed, 1 when any failed, 2 on bad usage (a bad
option, no input found) or when the output cannot be written.
`;

function positiveInt(flag: string, v: string, min: number): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < min) throw new Error(`${flag} must be a whole number >= ${min}, not ${v}`);
  return n;
}

function parseShard(v: string): { index: number; count: number } {
  const [i, n, extra] = v.split('/');
  const index = Number(i);
  const count = Number(n);
  if (extra !== undefined || !i || !n || !Number.isInteger(index) || !Number.isInteger(count) || count < 1 || index < 0 || index >= count) {
    throw new Error(`--shard must be I/N with 0 <= I < N, not ${v}`);
  }
  return { index, count };
}

function parseFields(v: string): string[] {
  const fields = v.split(',').map((f) => f.trim()).filter(Boolean);
  const unknown = fields.filter((f) => !ARTICLE_FIELDS.includes(f));
  if (unknown.length || fields.length === 0) {
    throw new Error(`--fields takes Article fields (${ARTICLE_FIELDS.join(', ')}), not ${unknown.join(', ') || '""'}`);
  }
  return fields;
}

function oneOf<T extends string>(flag: string, v: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(v)) throw new Error(`${flag} must be ${allowed.join(', ')}, not ${v}`);
  return v as T;
}

/** Reads argv (without node and script). Throws an Error with a message for bad usage. */
export function parseArgs(argv: readonly string[]): CliArgs {
  const args: CliArgs = {
    files: [],
    pretty: false,
    format: 'auto',
    url: undefined,
    charset: undefined,
    timeZone: undefined,
    now: undefined,
    maxInputBytes: undefined,
    adaptersFile: null,
    noAdapters: false,
    input: 'auto',
    field: null,
    globs: [],
    fields: null,
    out: null,
    jobs: null,
    unordered: false,
    shard: null,
    timeoutSeconds: 30,
    progress: null,
    quiet: false,
    help: false,
    version: false,
  };
  let onlyFiles = false;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] as string;
    if (onlyFiles || arg === '-' || !arg.startsWith('-')) {
      args.files.push(arg);
      continue;
    }
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const flag = eq === -1 ? arg : arg.slice(0, eq);
    const inline = eq === -1 ? undefined : arg.slice(eq + 1);
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new Error(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case '--':
        onlyFiles = true;
        break;
      case '--pretty':
        args.pretty = true;
        break;
      case '--format':
        args.format = oneOf(flag, value(), ['auto', 'html', 'markdown', 'text'] as const);
        break;
      case '--url':
        args.url = value();
        break;
      case '--charset':
        args.charset = value();
        break;
      case '--time-zone':
        args.timeZone = value();
        break;
      case '--now':
        args.now = value();
        break;
      case '--max-input-bytes':
        args.maxInputBytes = positiveInt(flag, value(), 1);
        break;
      case '--adapters':
        args.adaptersFile = value();
        break;
      case '--no-adapters':
        args.noAdapters = true;
        break;
      case '--input':
        args.input = oneOf(flag, value(), ['auto', 'file', 'jsonl', 'warc'] as const);
        break;
      case '--field':
        args.field = value();
        if (!args.field) throw new Error('--field needs a name');
        break;
      case '--glob': {
        const pattern = value();
        expandBraces(pattern); // rejects patterns with too many alternatives now, not mid-run
        args.globs.push(pattern);
        break;
      }
      case '--fields':
        args.fields = parseFields(value());
        break;
      case '--out':
      case '-o':
        args.out = value();
        break;
      case '--jobs':
      case '-j':
        args.jobs = positiveInt(flag, value(), 1);
        break;
      case '--unordered':
        args.unordered = true;
        break;
      case '--shard':
        args.shard = parseShard(value());
        break;
      case '--timeout': {
        const v = value();
        const n = Number(v);
        if (!Number.isFinite(n) || n < 0) throw new Error(`--timeout must be a number of seconds >= 0, not ${v}`);
        args.timeoutSeconds = n;
        break;
      }
      case '--progress':
        args.progress = true;
        break;
      case '--no-progress':
        args.progress = false;
        break;
      case '--quiet':
      case '-q':
        args.quiet = true;
        break;
      case '-h':
      case '--help':
        args.help = true;
        break;
      case '-v':
      case '--version':
        args.version = true;
        break;
      default:
        throw new Error(`unknown option ${arg}`);
    }
  }
  return args;
}

/** The parse options the arguments give (`gisa` and `gisa audit` read them the same way). */
export function optionsOf(args: CliArgs, adapters: readonly SiteAdapter[] | null): ParseOptions {
  return {
    ...(args.noAdapters ? { adapters: false } : adapters ? { adapters } : {}),
    format: args.format,
    ...(args.url ? { url: args.url } : {}),
    ...(args.charset ? { charset: args.charset } : {}),
    ...(args.timeZone ? { timeZone: args.timeZone } : {}),
    ...(args.now ? { now: args.now } : {}),
    ...(args.maxInputBytes ? { maxInputBytes: args.maxInputBytes } : {}),
  };
}
