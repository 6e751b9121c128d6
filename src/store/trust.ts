// Which custom roadmaps' setup checks the user agreed to run: the SHA-256 of each file's bytes as they were
// when they agreed, in a small JSON config file in the store folder, kept by conf (store/config.ts). Any edit of a roadmap file changes its hash,
// so its checks are asked about again. Losing or damaging this file only means being asked again: it is
// read leniently and never blocks a command.

import fs from 'node:fs';
import path from 'node:path';
import { readRegularText } from './durable.ts';
import { openConfig } from './config.ts';

const TRUST_NAME = 'trusted-checks';
export const TRUST_FILE = `${TRUST_NAME}.json`;
const FORMAT = 'roadmap-trusted-checks';
const VERSION = 1;
/** Far more than anyone's roadmaps; the oldest agreements go first. */
const MAX_ENTRIES = 200;
const MAX_BYTES = 1024 * 1024;
const SHA256 = /^[0-9a-f]{64}$/;

export interface Agreement {
  sha256: string;
  /** The file it was given for, for the reader of this file (the hash is what counts). */
  file: string;
  at: string;
}

export interface TrustStore {
  readonly path: string;
  has(sha256: string): boolean;
  /** Throws StoreError (saying why) when it cannot be written. */
  add(sha256: string, file: string, at: Date): Promise<void>;
}

/** The agreements a text holds; nothing for a text that is not such a file (damaged, hand-edited, a newer format). */
export function parseAgreements(text: string | null): Agreement[] {
  if (text === null) return [];
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return [];
  }
  if (typeof doc !== 'object' || doc === null) return [];
  const { format, version, trusted } = doc as Record<string, unknown>;
  if (format !== FORMAT || version !== VERSION || !Array.isArray(trusted)) return [];
  return trusted.filter(
    (a): a is Agreement => typeof a === 'object' && a !== null && SHA256.test(String(a.sha256)) && typeof a.file === 'string' && typeof a.at === 'string',
  );
}

export function trustStore(home: string): TrustStore {
  const file = path.join(home, TRUST_FILE);
  const read = (): Agreement[] => {
    try {
      // A FIFO or a device put here is refused at once, not waited on.
      return parseAgreements(readRegularText(file, MAX_BYTES));
    } catch {
      return [];
    }
  };
  return {
    path: file,
    has: (sha256) => read().some((a) => a.sha256 === sha256),
    async add(sha256, source, at) {
      const kept = read().filter((a) => a.sha256 !== sha256);
      const trusted = [...kept, { sha256, file: source, at: at.toISOString() }].slice(-MAX_ENTRIES);
      fs.mkdirSync(home, { recursive: true, mode: 0o700 });
      const config = await openConfig<{ format: string; version: number; trusted: Agreement[] }>(home, TRUST_NAME);
      config.store = { format: FORMAT, version: VERSION, trusted };
    },
  };
}
