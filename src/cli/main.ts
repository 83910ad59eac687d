import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { LANGS, type Lang } from '../core/analysis.js';
import { AtalayaError } from '../core/errors.js';
import { OUTPUT_FORMATS, runAnalyze, type OutputFormat } from './analyze.js';
import { INPUT_KINDS, type InputKind } from './inputs.js';
import { runTag } from './tag.js';
import { ingestCommand } from './ingest.js';
import { eventsCommand } from './events.js';
import { showCommand } from './show.js';
import { statsCommand } from './stats.js';
import { workerCommand } from './worker.js';
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

function isoDate(value: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const d = m ? new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!)) : null;
  // Date.UTC rolls over (month 13 is next January), so the parts must come back unchanged.
  if (!m || !d || d.getUTCMonth() !== +m[2]! - 1 || d.getUTCDate() !== +m[3]!) throw new InvalidArgumentError(`"${value}" is not a YYYY-MM-DD date`);
  return value;
}

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
  .addOption(new Option('--input <kind>', 'input kind (default: from the file extension, else text)').choices(INPUT_KINDS))
  .option('--published <date>', 'publication date YYYY-MM-DD, the anchor for relative dates', isoDate)
  .addOption(new Option('--lang <lang>', 'skip detection and read the text as this language').choices(LANGS.filter((l) => l !== 'und')))
  .option('--title <title>', 'the document title')
  .option('--trace', 'record which rule produced what', false)
  .action((paths: string[], o: { format: OutputFormat; input?: InputKind; published?: string; lang?: Lang; title?: string; trace: boolean }) => {
    const failed = runAnalyze(
      paths,
      { format: o.format, input: o.input ?? null, published: o.published ?? null, lang: o.lang ?? null, title: o.title ?? null, trace: o.trace },
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

program.addCommand(ingestCommand());
program.addCommand(eventsCommand());
program.addCommand(showCommand());
program.addCommand(statsCommand());
program.addCommand(workerCommand());

try {
  await program.parseAsync(process.argv);
} catch (err) {
  if (err instanceof CommanderError) {
    if (err.exitCode !== 0) process.exitCode = 2;
  } else if (err instanceof AtalayaError) {
    io.err(`atalaya: ${err.describe()}\n`);
    process.exitCode = 2;
  } else {
    throw err;
  }
}
