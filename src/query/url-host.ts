/** The host of a URL (an outlet, as GDELT, POLECAT and ICEWS name sources), or null when it does not parse. */
export function urlHost(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname;
  } catch {
    return null;
  }
}
