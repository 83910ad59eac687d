/** The largest request body the server reads by default, in bytes (`serve --max-body-mb`). */
export const DEFAULT_MAX_BODY = 2_000_000;
