// Study content in the views: a task's doneWhen (show, today), marked as the roadmap's own addition.

import { visible } from '../core/escape.ts';
import type { Localized } from '../core/types.ts';
import { pick } from '../i18n/lang.ts';
import type { ViewContext } from './common.ts';

/** Text from a data file, shown whole but with control characters made visible. */
export const shownText = (text: string) => visible(text, 4000);

/** "Done when (w4-dataloader): … (added by roadmap)"; the id only where several tasks are in view, the mark only on the bundled roadmap's. */
export function doneWhenLine(doneWhen: Localized, ctx: ViewContext, id?: string, ours = true): string {
  const { msg, style } = ctx;
  const label = id === undefined ? msg.study.doneWhen : `${msg.study.doneWhen}${msg.aside(id)}`;
  return `${msg.field(style.bold(label), shownText(pick(doneWhen, ctx.lang)))}${ours ? style.gray(msg.aside(msg.study.ours)) : ''}`;
}
