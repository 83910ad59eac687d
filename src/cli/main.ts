import { Command, CommanderError } from 'commander';
import { AtalayaError, problem } from '../core/errors.js';
import { packageVersion } from '../core/version.js';
import { actorsCommand } from './commands/actors.js';
import { analyzeCommand } from './commands/analyze.js';
import { eventsCommand } from './commands/events.js';
import { feedsCommand } from './commands/feeds.js';
import { ingestCommand } from './commands/ingest.js';
import { parseCommand } from './commands/parse.js';
import { reanalyzeCommand } from './commands/reanalyze.js';
import { serveCommand } from './commands/serve.js';
import { showCommand } from './commands/show.js';
import { statsCommand } from './commands/stats.js';
import { tagCommand } from './commands/tag.js';
import { watchCommand } from './commands/watch.js';
import { workerCommand } from './commands/worker.js';

// A reader that stops early (`atalaya … | head`) closes the pipe: that ends the output, it is no error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

const program = new Command()
  .name('atalaya')
  .description('Turns Spanish and English news into verifiable political event records.')
  .version(packageVersion(), '-V, --version', 'print the installed version')
  .showHelpAfterError(false)
  .exitOverride();

// Each command's module names its options only; what it runs (the pipeline, a store, the server) is
// imported when it runs, so `--version`, `--help` and every command start without loading the rest.
program.addCommand(analyzeCommand());
program.addCommand(tagCommand());
program.addCommand(parseCommand());
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
    process.stderr.write(`atalaya: ${err.describe()}\n`);
    process.exitCode = 2;
  } else {
    // Whatever else went wrong (a database gone, a full disk) still ends in one line, not a stack trace.
    const code = (err as NodeJS.ErrnoException)?.code;
    process.stderr.write(`atalaya: ${problem(null, `${(err as Error)?.message ?? String(err)}${code && !String((err as Error)?.message).includes(code) ? ` (${code})` : ''}`)}\n`);
    process.exitCode = 1;
  }
}
