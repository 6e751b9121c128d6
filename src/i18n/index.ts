// The interface's words in zh and en. The CLI loads only the catalog it needs (loadMessages);
// `messages` is the synchronous form for code that has both at hand (tests, tools).

import type { Lang } from '../core/types.ts';
import { en } from './en.ts';
import { zh } from './zh.ts';

import type { Messages } from './types.ts';

export type { Messages } from './types.ts';
export { isLang, langFromEnv, pick, resolveLang } from './lang.ts';

export function messages(lang: Lang): Messages {
  return lang === 'zh' ? zh : en;
}
