// Choosing the interface language and picking a text in it. No catalogs here: they load on demand.

import { displayText } from '../core/escape.ts';
import type { Lang, Localized } from '../core/types.ts';

/** Each language by its own name, as the learner is shown it (never the code). */
export const LANGUAGE_NAMES: Record<Lang, string> = { zh: '中文', en: 'English' };

export function isLang(value: string): value is Lang {
  return value === 'zh' || value === 'en';
}

/** From the environment, as POSIX orders it: LC_ALL, then LC_MESSAGES, then LANG. */
export function langFromEnv(env: Record<string, string | undefined>): Lang | undefined {
  const value = env.LC_ALL || env.LC_MESSAGES || env.LANG;
  if (!value) return undefined;
  return value.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

/** --lang, else the saved setting, else the environment's locale, else English. */
export function resolveLang(flag: Lang | undefined, saved: Lang | undefined, env: Record<string, string | undefined>): Lang {
  return flag ?? saved ?? langFromEnv(env) ?? 'en';
}

/**
 * A text in the interface's language, safe to print: roadmap texts come from files (a custom roadmap is
 * someone else's), so what could drive the terminal is made visible (core/escape.ts).
 */
export function pick(text: Localized, lang: Lang): string {
  return displayText(text[lang] || text.en || text.zh);
}
