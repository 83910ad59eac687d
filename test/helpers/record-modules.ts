import { register } from 'node:module';

// Loaded with `--import` before the program under test: every module it resolves is recorded.
register('./record-modules-hooks.ts', import.meta.url);
