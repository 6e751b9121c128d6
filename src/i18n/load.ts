// Loads the one catalog a run needs: English is always at hand (errors fall back to it), Chinese on demand.

import type { Lang } from '../core/types.ts';
import { en } from './en.ts';
import type { Messages } from './types.ts';

export async function loadMessages(lang: Lang): Promise<Messages> {
  return lang === 'zh' ? (await import('./zh.ts')).zh : en;
}
