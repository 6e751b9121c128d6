// Where the progress store lives: ROADMAP_HOME when set, else conf's per-user config folder.

import path from 'node:path';
import { homeDir } from '../builtin.ts';

export const PROJECT_NAME = 'roadmap';
export const STORE_NAME = 'progress';
export const STORE_FILE = `${STORE_NAME}.json`;

/**
 * conf's default folder, envPaths('roadmap', { suffix: 'nodejs' }).config, worked out here: env-paths
 * imports node:process as an ES module, which makes Node open stdin, stdout and stderr as streams on
 * every start. A test keeps the two equal.
 */
export function defaultConfigDir(env: Record<string, string | undefined>, platform: NodeJS.Platform = process.platform, home = homeDir(env)): string {
  const name = `${PROJECT_NAME}-nodejs`;
  if (platform === 'darwin') return path.join(home, 'Library', 'Preferences', name);
  if (platform === 'win32') return path.join(env.APPDATA || path.join(home, 'AppData', 'Roaming'), name, 'Config');
  return path.join(env.XDG_CONFIG_HOME || path.join(home, '.config'), name);
}

export function storeDir(env: Record<string, string | undefined>): string {
  const home = env.ROADMAP_HOME?.trim();
  if (home) return path.resolve(home);
  return defaultConfigDir(env);
}
