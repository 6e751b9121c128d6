// Upgrades a stored document, one version step at a time, to the current schemaVersion.
// A plain function (not conf's migrations option) so every step is tested directly.

import { SCHEMA_VERSION } from '../core/state.ts';

type Doc = Record<string, unknown>;

const steps: Record<number, (doc: Doc) => Doc> = {
  // v1 -> v2: the settings object (saved language) was added.
  1: (doc) => ({ ...doc, settings: typeof doc.settings === 'object' && doc.settings !== null ? doc.settings : {}, schemaVersion: 2 }),
};

/** Migrates `doc` from its schemaVersion up to SCHEMA_VERSION. The input is not modified. */
export function migrate(doc: Doc): Doc {
  let current = doc;
  let version = Number(current.schemaVersion);
  while (version < SCHEMA_VERSION) {
    const step = steps[version];
    if (!step) throw new Error(`no migration from schemaVersion ${version}`);
    current = step(current);
    version = Number(current.schemaVersion);
  }
  return current;
}
