import { describe } from 'node:test';
import { pgSkip, testPg } from '../store/pg-database.js';
import { queryContract } from './contract.js';
import { searchContract } from './search-contract.js';

describe('postgres engine', { skip: pgSkip }, () => {
  queryContract('postgres', () => testPg.fresh());
  searchContract('postgres', () => testPg.fresh());
});
