// SHA-256 of some bytes, with node:crypto loaded only when a hash is needed (never at start-up).

import { builtin } from '../builtin.ts';

let crypto: typeof import('node:crypto') | undefined;

export function sha256Hex(bytes: Uint8Array | string): string {
  crypto ??= builtin('node:crypto');
  return crypto.createHash('sha256').update(bytes).digest('hex');
}
