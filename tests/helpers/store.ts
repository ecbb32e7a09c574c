// A fresh store in its own temporary folder for a whole test file, closed and removed afterwards.
import { afterAll, beforeAll } from 'vitest';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { openStore, type Store } from '../../src/store/store.js';
import { tempDir } from './cli.js';

/** Registers the store's set-up and clean-up; call the returned function inside a test for the store. */
export function useTempStore(prefix: string): () => Store {
  let dir: string;
  let store: Store | undefined;
  beforeAll(() => {
    dir = tempDir(prefix);
    store = openStore(join(dir, 'store.sqlite'));
  });
  afterAll(() => {
    store?.close();
    rmSync(dir, { recursive: true, force: true });
  });
  return () => {
    if (!store) throw new Error('the temporary store is only open inside the tests');
    return store;
  };
}
