// Config files in the store folder: settings that are not progress and have no history (which custom
// roadmaps' setup checks the learner agreed to run: trusted-checks.json, store/trust.ts). Kept by conf, the config store chosen
// for roadmap, with one change: conf writes through `atomically`, which calls write(2) once and ignores
// a short write (test/store/durable.test.ts shows the truncated file it leaves on a nearly full disk),
// so its write goes through roadmap's own writer (durable.ts), whole or not at all. conf is loaded only
// by the commands that read or change the config, never at start-up.

import path from 'node:path';
import type Conf from 'conf';
import { readRegular, writeWhole } from './durable.ts';
import { readProblem, writeProblem } from './problems.ts';

export const CONFIG_NAME = 'config';

/** A config file of a store folder (config.json by default). */
export function configPath(home: string, name = CONFIG_NAME): string {
  return path.join(home, `${name}.json`);
}

/**
 * A config store of `home` (`name`.json, config.json by default). A FIFO or a device where the file
 * should be is refused before conf reads it.
 */
export async function openConfig<T extends Record<string, unknown>>(home: string, name = CONFIG_NAME): Promise<Conf<T>> {
  const file = configPath(home, name);
  try {
    readRegular(file, 1024 * 1024);
  } catch (error) {
    throw readProblem(file, error);
  }
  const { default: ConfClass } = await import('conf');
  class WholeConf extends ConfClass<T> {}
  // conf's own write (private to it, so set on the prototype): the same serialisation, written whole.
  Object.defineProperty(WholeConf.prototype, '_write', {
    value(this: { path: string }, value: unknown) {
      try {
        writeWhole(this.path, JSON.stringify(value, undefined, '\t'));
      } catch (error) {
        throw writeProblem(this.path, error);
      }
    },
  });
  return new WholeConf({ projectName: 'roadmap', cwd: home, configName: name, configFileMode: 0o600, clearInvalidConfig: true });
}
