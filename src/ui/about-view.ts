// The human view of `roadmap about`.

import { visible } from '../core/escape.ts';
import type { ViewContext } from './common.ts';
import { maxWidth, padEnd, wrap } from './width.ts';

/** What `roadmap about` shows, in the interface's language (also its --json). */
export interface About {
  what: string;
  roadmap: { id: string; title: string; source: string; file: string | null };
  /** The source text's acknowledgements and 友链; null when the roadmap in use has none. */
  credits: { thanks: string; links: { n: number; title: string; url: string | null }[] } | null;
  /** What the 补充 / added mark means. */
  added: string;
}

// Texts from the roadmap file, shown whole: nothing in them may drive the terminal.
const safe = (text: string) => visible(text, Number.POSITIVE_INFINITY);

export function renderAbout(about: About, ctx: ViewContext): string {
  const { msg, style } = ctx;
  const a = msg.about;
  const width = Math.max(20, ctx.columns - 2);
  const labels = [a.roadmap, a.source, a.file].map((l) => msg.label(l));
  const labelWidth = maxWidth(labels);
  // A label, then its text wrapped beside it.
  const row = (label: string, text: string) =>
    wrap(safe(text), width - labelWidth - 1).map((line, i) => `${i === 0 ? style.gray(padEnd(label, labelWidth)) : ' '.repeat(labelWidth)} ${line}`);
  const out = [...wrap(about.what, width), '', ...row(labels[0]!, about.roadmap.title), ...row(labels[1]!, about.roadmap.source)];
  if (about.roadmap.file !== null) out.push(...row(labels[2]!, about.roadmap.file));
  out.push('');
  if (about.credits) {
    const { thanks, links } = about.credits;
    out.push(style.bold(a.thanks), ...wrap(safe(thanks), width - 2).map((l) => `  ${l}`));
    if (links.length > 0) {
      const n = (i: number) => `${i}.`.padStart(String(links.length).length + 1);
      const titleWidth = maxWidth(links.map((l) => safe(l.title)));
      out.push('', style.bold(a.links));
      for (const link of links) {
        const where = link.url === null ? style.gray(msg.noUrl) : style.cyan(safe(link.url));
        out.push(`  ${n(link.n)} ${padEnd(safe(link.title), titleWidth)}  ${where}`);
      }
    }
  } else out.push(a.noCredits);
  out.push('', about.added);
  return `${out.join('\n')}\n`;
}
