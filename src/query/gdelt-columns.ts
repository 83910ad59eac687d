import { loadJsonResource } from '../core/resources.js';

export interface GdeltColumn {
  name: string;
  type: 'INTEGER' | 'FLOAT' | 'STRING';
}

/** The 61 GDELT 2.0 event columns in file order, compiled from data/gdelt/events2-columns.tsv (loaded once). */
export function gdeltColumns(): readonly GdeltColumn[] {
  return loadJsonResource<GdeltColumn[]>('build/gdelt-events2-columns.json');
}

/** The 16 GDELT 2.0 Mentions columns in file order, compiled from data/gdelt/mentions-columns.tsv (loaded once). */
export function gdeltMentionColumns(): readonly GdeltColumn[] {
  return loadJsonResource<GdeltColumn[]>('build/gdelt-mentions-columns.json');
}
