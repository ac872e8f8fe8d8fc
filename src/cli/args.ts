/** Command-line options of `gisa`. */
export interface CliArgs {
  files: string[];
  pretty: boolean;
  format: 'auto' | 'html' | 'markdown' | 'text';
  url: string | undefined;
  charset: string | undefined;
  timeZone: string | undefined;
  now: string | undefined;
  help: boolean;
  version: boolean;
}

export const USAGE = `Usage: gisa [options] [FILE ...]

Parses Korean news articles (HTML, Markdown or text) and prints each as JSON.
With no FILE, or with -, reads standard input. One input prints one JSON object;
several print JSON Lines, one article per line.

Options:
  --format auto|html|markdown|text   input format (default: sniffed)
  --url URL                          page URL (site adapter, relative image URLs)
  --charset NAME                     charset of the bytes (default: sniffed)
  --time-zone ZONE                   zone of stamps that print none (default: Asia/Seoul)
  --now ISO                          reference time for relative stamps (3시간 전)
  --pretty                           indent the JSON
  -h, --help                         show this help
  -v, --version                      show the version
`;

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
    help: false,
    version: false,
  };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] as string;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new Error(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case '--pretty':
        args.pretty = true;
        break;
      case '--format': {
        const v = value();
        if (!['auto', 'html', 'markdown', 'text'].includes(v)) throw new Error(`--format must be auto, html, markdown or text`);
        args.format = v as CliArgs['format'];
        break;
      }
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
      case '-h':
      case '--help':
        args.help = true;
        break;
      case '-v':
      case '--version':
        args.version = true;
        break;
      default:
        if (arg.startsWith('-') && arg !== '-') throw new Error(`unknown option ${arg}`);
        args.files.push(arg);
    }
  }
  return args;
}
