// Where the progress store lives: ROADMAP_HOME when set, else conf's per-user config folder.

import path from 'node:path';
import envPaths from 'env-paths';

export const PROJECT_NAME = 'roadmap';
export const STORE_NAME = 'progress';
export const STORE_FILE = `${STORE_NAME}.json`;

export function storeDir(env: Record<string, string | undefined>): string {
  const home = env.ROADMAP_HOME?.trim();
  if (home) return path.resolve(home);
  // conf's own default: envPaths(projectName, { suffix: 'nodejs' }).config
  return envPaths(PROJECT_NAME, { suffix: 'nodejs' }).config;
}
