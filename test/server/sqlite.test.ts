import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { apiContract } from './contract.js';

const dir = mkdtempSync(join(tmpdir(), 'atalaya-api-'));
let n = 0;
apiContract('sqlite', async () => join(dir, `a${n++}.db`));
