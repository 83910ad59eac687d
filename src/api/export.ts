/** `atalaya/export`: stored events in the layouts analysts load (GDELT, POLECAT, ICEWS, CSV, Parquet), and the country crosswalk. */
export { exportEvents, exportParquet, type ExportOptions } from '../query/export-events.js';
export { eventWriter, type EventWriter, type WriterOptions } from '../query/export.js';
export { EVENT_FORMATS, TEXT_FORMATS, ASSERTED_FORMATS, type EventFormat, type TextFormat } from '../query/event-formats.js';
export { writeParquet, PARQUET_COLUMNS } from '../query/parquet.js';
export { crosswalk, countryCodes, fipsOf, type CountryCodes, type StateCode } from '../query/crosswalk.js';
