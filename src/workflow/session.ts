// What every cycle command does around its work: load the profile, open the store, run the work in
// ONE transaction (a UserError inside rolls everything back), close. Checks that need no write run on
// a read-only open first, so a refused command does not even touch the file.
import { loadProfile, type Profile } from '../profile.js';
import { openStore, StoreMissingError, type Store, type StoredIncident } from '../store/store.js';
import { resolveDbPath } from '../paths.js';
import { UserError } from '../errors.js';
import { RECORDS } from '../wording/records.js';

export interface Session {
  store: Store;
  profile: Profile;
  zone: string;
  now: Date;
}

/** Reads only (show, actions): the store opened read-only. */
export function readSession<T>(argv: { db?: string | undefined; profile: string }, work: (s: Session) => T): T {
  const profile = loadProfile(argv.profile);
  const store = openStore(resolveDbPath(argv.db), { readonly: true });
  try {
    return work({ store, profile, zone: profile.hospital.timeZone, now: new Date() });
  } finally {
    store.close();
  }
}

/** As readSession, but a store that does not exist yet gives `undefined` (commands that create it). */
export function readIfExists<T>(argv: { db?: string | undefined; profile: string }, work: (s: Session) => T): T | undefined {
  try {
    return readSession(argv, work);
  } catch (err) {
    if (err instanceof StoreMissingError) return undefined;
    throw err;
  }
}

/**
 * `check` runs on a read-only open (when the store exists) and may throw; `write` then runs in one
 * transaction on a writable open and re-checks nothing it cannot trust (it gets check's result).
 */
export function writeSession<C, T>(
  argv: { db?: string | undefined; profile: string },
  check: (s: Session) => C,
  write: (s: Session, checked: C) => T,
  opts: { create?: boolean } = {},
): T {
  const profile = loadProfile(argv.profile);
  const path = resolveDbPath(argv.db);
  const now = new Date();
  const zone = profile.hospital.timeZone;
  let checked: C;
  try {
    const reader = openStore(path, { readonly: true });
    try {
      checked = check({ store: reader, profile, zone, now });
    } finally {
      reader.close();
    }
  } catch (err) {
    // A missing store is only fine for commands that create it (open, attest).
    if (!(opts.create && err instanceof StoreMissingError)) throw err;
    checked = undefined as C;
  }
  const store = openStore(path);
  try {
    return store.db.transaction(() => write({ store, profile, zone, now }, checked))();
  } finally {
    store.close();
  }
}

/** The incident with this id, or a UserError that says how to find ids. */
export function requireIncident(store: Store, id: number): StoredIncident {
  const inc = store.incidentById(id);
  if (!inc) throw new UserError(RECORDS().noIncidentIn(id, store.path));
  return inc;
}
