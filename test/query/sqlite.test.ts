import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { queryContract } from './contract.js';
import { searchContract } from './search-contract.js';

const dir = mkdtempSync(join(tmpdir(), 'atalaya-query-'));
let n = 0;
queryContract('sqlite', async () => join(dir, `q${n++}.db`));
searchContract('sqlite', async () => join(dir, `s${n++}.db`));
