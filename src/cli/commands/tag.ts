import { Command, Option } from 'commander';
import { writeOut } from '../args.js';

/** The `tag` command, added to the CLI by main.ts. */
export function tagCommand(): Command {
  return new Command('tag')
    .description('tag a CoNLL token column with IOB2 named-entity tags (PER, ORG, LOC, MISC)')
    .requiredOption('--conll <file>', 'one token per line in the first column, a blank line between sentences')
    .addOption(new Option('--lang <lang>', 'the language of the tokens').choices(['es', 'en']).default('es'))
    .exitOverride()
    .action(async (o: { conll: string; lang: 'es' | 'en' }) => {
      const { runTag } = await import('../tag.js');
      runTag(o.conll, writeOut, o.lang);
    });
}
