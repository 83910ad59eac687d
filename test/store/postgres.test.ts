import { describe } from 'node:test';
import { storeContract } from './contract.js';
import { replaceContract } from './replace-contract.js';
import { pgSkip, testPg } from './pg-database.js';

describe('postgres engine', { skip: pgSkip }, () => {
  storeContract('postgres', () => testPg.fresh());
  replaceContract('postgres', () => testPg.fresh());
});
