import { readFileSync } from 'node:fs';
import { parseArticle, type ParseOptions } from '../index.js';
import { isGisaError } from '../errors.js';
import { parseArgs, USAGE, type CliArgs } from './args.js';

declare const __GISA_VERSION__: string | undefined;

function readInput(file: string): Uint8Array {
  return file === '-' ? readFileSync(0) : readFileSync(file);
}

function optionsOf(args: CliArgs): ParseOptions {
  return {
    format: args.format,
    ...(args.url ? { url: args.url } : {}),
    ...(args.charset ? { charset: args.charset } : {}),
    ...(args.timeZone ? { timeZone: args.timeZone } : {}),
    ...(args.now ? { now: args.now } : {}),
  };
}

function main(argv: readonly string[]): number {
  let args: CliArgs;
  try {
    args = parseArgs(argv);
  } catch (error) {
    process.stderr.write(`gisa: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (args.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  if (args.version) {
    process.stdout.write(`${typeof __GISA_VERSION__ === 'string' ? __GISA_VERSION__ : 'dev'}\n`);
    return 0;
  }
  const files = args.files.length ? args.files : ['-'];
  const many = files.length > 1;
  let failed = 0;
  for (const file of files) {
    try {
      const article = parseArticle(readInput(file), optionsOf(args));
      const json = JSON.stringify(many ? { file, article } : article, null, args.pretty && !many ? 2 : undefined);
      process.stdout.write(`${json}\n`);
    } catch (error) {
      failed += 1;
      const code = isGisaError(error) ? error.code : (error as NodeJS.ErrnoException).code ?? 'ERROR';
      const message = error instanceof Error ? error.message : String(error);
      if (many) process.stdout.write(`${JSON.stringify({ file, error: { code, message } })}\n`);
      process.stderr.write(`gisa: ${file}: ${code}: ${message}\n`);
    }
  }
  return failed ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
