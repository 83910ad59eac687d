import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { storeContract } from './contract.js';
import { replaceContract } from './replace-contract.js';

const dir = mkdtempSync(join(tmpdir(), 'atalaya-sqlite-'));
let n = 0;
storeContract('sqlite', async () => join(dir, `t${n++}.db`));
replaceContract('sqlite', async () => join(dir, `r${n++}.db`));
