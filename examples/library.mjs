// The README's library example: analyse, store, query, export. Run with `node examples/library.mjs`
// from a project that has atalaya installed (test/packaging/pack.test.ts runs it on the packed tarball).
import { analyze } from 'atalaya';
import { openStore } from 'atalaya/store';
import { actorCodeOf, computeStats, listEvents, NO_FILTER } from 'atalaya/query';
import { exportEvents } from 'atalaya/export';

const store = await openStore(':memory:'); // or a file path, or a postgres:// URL
await store.save([
  analyze({ text: 'La OTAN condenó el lunes el ataque contra Kiev.', published: '2026-02-02' }),
  analyze({ text: 'Rusia y China firmaron el martes un acuerdo energético en Pekín.', published: '2026-02-03' }),
]);

const nato = actorCodeOf('OTAN'); // a name or alias → its code: "NATO"
for await (const e of listEvents(store, { ...NO_FILTER, actor: nato })) console.log(e.date, e.type, e.cameo, e.actor.map((a) => a.org ?? a.country));

const stats = await computeStats(store);
console.log(`${stats.documents} documents, ${stats.events} events`);

let csv = '';
for await (const chunk of exportEvents(store, 'csv')) csv += chunk;
console.log(csv.split('\n')[0].split(',').slice(0, 4).join(','));
await store.close();
