import { Command, Option } from 'commander';
import { lexiconFile } from '../../pipeline/lexicon-file.js';
import { lexiconOption, processIo } from '../args.js';

/** The `actors` command, added to the CLI by main.ts. */
export function actorsCommand(): Command {
  return new Command('actors')
    .description('look up how a name, alias or code is coded: lexicon entry, country, sector, validity, source file')
    .argument('<query>', 'a name or alias as written in news ("OTAN", "Putin") or a code')
    .addOption(lexiconOption())
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .exitOverride()
    .action(async (query: string, o: { lexicon?: string; format: 'text' | 'json' }) => {
      const { runActorsCommand } = await import('../actors.js');
      process.exitCode = runActorsCommand(query, { lexicon: lexiconFile(o.lexicon), format: o.format }, processIo);
    });
}
