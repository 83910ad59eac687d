/** `atalaya/query`: what the query commands and the HTTP API compute over a store. */
export { listEvents, eventPage, type MergedEvent, type EventSource, type EventCursor } from '../query/events.js';
export {
  NO_FILTER, parseActorCode, parseDay, parseDyad, parseEventType, parseQuad, type EventFilter,
} from '../query/filter.js';
export { lookupActors, type ActorMatch, type ActorValidity } from '../actors/lookup.js';
export { actorCodeOf, actorsFor } from '../pipeline/analyser.js';
export { computeStats, eventSeries, isoWeek, type Stats, type StatsOptions, type EventSeries, type DyadStats, type ActorStats, type DirectedSeries, type SeriesPoint, type QuadTotals } from '../query/stats.js';
export { quadTable, quadTableCsv, periodOf, type QuadTable, type QuadRow, type QuadTableOptions } from '../query/quad-table.js';
export { PERIODS, type Period } from '../query/periods.js';
export { listDocuments, type DocumentListing, type DocumentQuery } from '../query/list-documents.js';
export { loadDocument, type StoredDocument as LoadedDocument } from '../query/document.js';
export { documentTimeline, type DocumentTimeline, type TimelineEntry, type TimelineEvent } from '../query/document-timeline.js';
export { actorNetwork, type ActorNetwork, type ActorCount, type ActorLink } from '../query/actor-network.js';
export { eventPlaces, type EventPlace, type CountryCount } from '../query/event-places.js';
