import { Command, Option } from 'commander';
import { writeOut } from '../args.js';

/** The `parse` command, added to the CLI by main.ts; the syntax models load when it runs. */
export function parseCommand(): Command {
  return new Command('parse')
    .description('tag, lemmatise and parse: CoNLL-U in (--conllu) or plain text, CoNLL-U out')
    .argument('[file]', 'plain text to segment, tokenise and parse; - reads stdin')
    .option('--conllu <file>', 'a CoNLL-U file: its words are kept, UPOS/LEMMA/FEATS/HEAD/DEPREL predicted')
    .addOption(new Option('--lang <lang>', 'the language (default: detected)').choices(['es', 'en']))
    .exitOverride()
    .action(async (file: string | undefined, o: { conllu?: string; lang?: 'es' | 'en' }, cmd: Command) => {
      // cmd.error prints the message; an error thrown from an action would end the run with exit 2 and no word.
      if (o.conllu !== undefined && file !== undefined) cmd.error('atalaya: give either a text file or --conllu, not both');
      const { parseConlluFile, parseTextFile } = await import('../parse.js');
      writeOut(o.conllu !== undefined ? parseConlluFile(o.conllu, o.lang ?? null) : parseTextFile(file ?? '-', o.lang ?? null));
    });
}
