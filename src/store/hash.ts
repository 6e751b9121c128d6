// SHA-256 of some bytes, with node:crypto loaded only when a hash is needed (never at start-up).

import { createRequire } from 'node:module';

type Crypto = typeof import('node:crypto');

let crypto: Crypto | undefined;

export function sha256Hex(bytes: Uint8Array | string): string {
  // process.getBuiltinModule is there from Node 20.16 and 22.3; older 20.x load it through require.
  crypto ??= (process.getBuiltinModule?.('node:crypto') as Crypto | undefined) ?? (createRequire(import.meta.filename)('node:crypto') as Crypto);
  return crypto.createHash('sha256').update(bytes).digest('hex');
}
