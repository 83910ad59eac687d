import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { storeContract } from './contract.js';

const dir = mkdtempSync(join(tmpdir(), 'atalaya-sqlite-'));
let n = 0;
storeContract('sqlite', async () => join(dir, `t${n++}.db`));
