import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { LANGS, type Lang } from '../core/analysis.js';
import { AtalayaError, problem } from '../core/errors.js';
import { SOURCE_KINDS, type SourceKind } from '../ingest/sources.js';
import { OUTPUT_FORMATS, runAnalyze, type OutputFormat } from './analyze.js';
import { isoDayArg, positiveArg } from './ingest.js';
import { runTag } from './tag.js';
import { parseConlluFile, parseTextFile } from './parse.js';
import { ingestCommand } from './ingest.js';
import { eventsCommand } from './events.js';
import { showCommand } from './show.js';
import { statsCommand } from './stats.js';
import { workerCommand } from './worker.js';
import { serveCommand } from './serve.js';
import { watchCommand } from './watch.js';
import { feedsCommand } from './feeds.js';
import { reanalyzeCommand } from './reanalyze.js';
import { actorsCommand, lexiconOption } from './actors.js';
import { lexiconFile } from '../pipeline/analyser.js';
import { packageVersion } from '../core/version.js';

// A reader that stops early (`atalaya … | head`) closes the pipe: that ends the output, it is no error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

const io = {
  out: (s: string) => void process.stdout.write(s),
  err: (s: string) => void process.stderr.write(s),
};

const program = new Command()
  .name('atalaya')
  .description('Turns Spanish and English news into verifiable political event records.')
  .version(packageVersion(), '-V, --version', 'print the installed version')
  .showHelpAfterError(false)
  .exitOverride();

program
  .command('analyze')
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
  .action((paths: string[], o: { format: OutputFormat; input?: SourceKind; maxMb: number; published?: string; lang?: Lang; title?: string; trace: boolean; syntax: boolean; lexicon?: string }, cmd: Command) => {
    // Waiting on a terminal for text nobody is typing looks like a hang: show what the command takes instead.
    if (cmd.args.length === 0 && process.stdin.isTTY) {
      cmd.outputHelp();
      return;
    }
    const failed = runAnalyze(
      paths,
      { format: o.format, input: o.input ?? null, maxMb: o.maxMb, published: o.published ?? null, lang: o.lang ?? null, title: o.title ?? null, trace: o.trace, syntax: o.syntax, lexicon: lexiconFile(o.lexicon) },
      io,
    );
    if (failed > 0) {
      io.err(`atalaya: ${failed} document${failed === 1 ? '' : 's'} could not be analysed\n`);
      process.exitCode = 1;
    }
  });

program
  .command('tag')
  .description('tag a CoNLL token column with IOB2 named-entity tags (PER, ORG, LOC, MISC)')
  .requiredOption('--conll <file>', 'one token per line in the first column, a blank line between sentences')
  .addOption(new Option('--lang <lang>', 'the language of the tokens').choices(['es', 'en']).default('es'))
  .action((o: { conll: string; lang: 'es' | 'en' }) => runTag(o.conll, io.out, o.lang));

program
  .command('parse')
  .description('tag, lemmatise and parse: CoNLL-U in (--conllu) or plain text, CoNLL-U out')
  .argument('[file]', 'plain text to segment, tokenise and parse; - reads stdin')
  .option('--conllu <file>', 'a CoNLL-U file: its words are kept, UPOS/LEMMA/FEATS/HEAD/DEPREL predicted')
  .addOption(new Option('--lang <lang>', 'the language (default: detected)').choices(['es', 'en']))
  .action((file: string | undefined, o: { conllu?: string; lang?: 'es' | 'en' }) => {
    if (o.conllu !== undefined && file !== undefined) throw new InvalidArgumentError('give either a text file or --conllu, not both');
    io.out(o.conllu !== undefined ? parseConlluFile(o.conllu, o.lang ?? null) : parseTextFile(file ?? '-', o.lang ?? null));
  });

program.addCommand(ingestCommand());
program.addCommand(eventsCommand());
program.addCommand(showCommand());
program.addCommand(statsCommand());
program.addCommand(workerCommand());
program.addCommand(serveCommand());
program.addCommand(watchCommand());
program.addCommand(feedsCommand());
program.addCommand(reanalyzeCommand());
program.addCommand(actorsCommand());

try {
  await program.parseAsync(process.argv);
} catch (err) {
  if (err instanceof CommanderError) {
    if (err.exitCode !== 0) process.exitCode = 2;
  } else if (err instanceof AtalayaError) {
    io.err(`atalaya: ${err.describe()}\n`);
    process.exitCode = 2;
  } else {
    // Whatever else went wrong (a database gone, a full disk) still ends in one line, not a stack trace.
    const code = (err as NodeJS.ErrnoException)?.code;
    io.err(`atalaya: ${problem(null, `${(err as Error)?.message ?? String(err)}${code && !String((err as Error)?.message).includes(code) ? ` (${code})` : ''}`)}\n`);
    process.exitCode = 1;
  }
}
