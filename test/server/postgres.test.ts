import { describe } from 'node:test';
import { pgSkip, testPg } from '../store/pg-database.js';
import { apiContract } from './contract.js';

describe('postgres engine', { skip: pgSkip }, () => {
  apiContract('postgres', () => testPg.fresh());
});
