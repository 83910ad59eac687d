import { Command, Option } from 'commander';
import { LANGS, type Lang } from '../../core/analysis.js';
import { SOURCE_KINDS, type SourceKind } from '../../ingest/source-kinds.js';
import { lexiconFile } from '../../pipeline/lexicon-file.js';
import { isoDayArg, lexiconOption, positiveArg, processIo } from '../args.js';

export const OUTPUT_FORMATS = ['json', 'jsonl', 'text', 'summary'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** The `analyze` command, added to the CLI by main.ts; the pipeline loads when it runs. */
export function analyzeCommand(): Command {
  return new Command('analyze')
    .description('analyse articles (files, folders or - for stdin) and print their analysis')
    .argument('[paths...]', 'files or folders to analyse; - reads stdin', ['-'])
    .addOption(new Option('--format <format>', 'output format').choices(OUTPUT_FORMATS).default('json'))
    .addOption(new Option('--input <kind>', 'input kind (default: by extension and content)').choices(SOURCE_KINDS))
    .addOption(new Option('--max-mb <mb>', 'largest file, JSONL line or feed item read, in MB').argParser(positiveArg).default(10))
    .option('--published <date>', 'publication date YYYY-MM-DD, the anchor for relative dates', isoDayArg)
    .addOption(new Option('--lang <lang>', 'skip detection and read the text as this language').choices(LANGS.filter((l) => l !== 'und')))
    .option('--title <title>', 'the document title')
    .option('--trace', 'record which rule produced what', false)
    .option('--syntax', 'include every word\'s tag, lemma and dependency (a tree per sentence in text)', false)
    .addOption(lexiconOption())
    .exitOverride()
    .action(async (paths: string[], o: { format: OutputFormat; input?: SourceKind; maxMb: number; published?: string; lang?: Lang; title?: string; trace: boolean; syntax: boolean; lexicon?: string }, cmd: Command) => {
      // Waiting on a terminal for text nobody is typing looks like a hang: show what the command takes instead.
      if (cmd.args.length === 0 && process.stdin.isTTY) {
        cmd.outputHelp();
        return;
      }
      const { runAnalyze } = await import('../analyze.js');
      const failed = runAnalyze(
        paths,
        { format: o.format, input: o.input ?? null, maxMb: o.maxMb, published: o.published ?? null, lang: o.lang ?? null, title: o.title ?? null, trace: o.trace, syntax: o.syntax, lexicon: lexiconFile(o.lexicon) },
        processIo,
      );
      if (failed > 0) {
        processIo.err(`atalaya: ${failed} document${failed === 1 ? '' : 's'} could not be analysed\n`);
        process.exitCode = 1;
      }
    });
}
