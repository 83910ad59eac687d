/** The periods a quad table can count by; apart from the table so the CLI offers them without loading it. */
export const PERIODS = ['day', 'week', 'month', 'year'] as const;
export type Period = (typeof PERIODS)[number];
