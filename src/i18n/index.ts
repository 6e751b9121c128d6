// The interface's words in zh and en, and how the language is chosen.

import type { Lang, Localized } from '../core/types.ts';
import { en } from './en.ts';
import { zh } from './zh.ts';

export type Messages = typeof en;
const catalogs: Record<Lang, Messages> = { en, zh };

export function messages(lang: Lang): Messages {
  return catalogs[lang];
}

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

export function pick(text: Localized, lang: Lang): string {
  return text[lang] || text.en || text.zh;
}
