/** The user lexicon to use: the --lexicon option, else $ATALAYA_LEXICON, else none. */
export function lexiconFile(option: string | null | undefined, env: NodeJS.ProcessEnv = process.env): string | null {
  return option || env.ATALAYA_LEXICON || null;
}
