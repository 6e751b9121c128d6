// The human report of `roadmap doctor --links`, and its progress line. The words are the catalog's
// (msg.links.report), so that the report speaks the user's language.

import type { Messages } from '../i18n/types.ts';
import type { ViewContext } from '../ui/common.ts';
import { bar, displayWidth, padEnd, maxOf } from '../ui/width.ts';
import { BLOCKED_STATUSES, type LinkResult, type LinkStatus } from './check.ts';

export interface LinkCounts {
  checked: number;
  ok: number;
  moved: number;
  dead: number;
  /** 'timeout' and 'error' together: both mean "could not tell, look yourself". */
  unsure: number;
}

export type LinkWords = Messages['links']['report'];

// The report lists the worst first: what is surely broken, then what could not be told, then what moved.
const ORDER: Record<LinkStatus, number> = { dead: 0, timeout: 1, error: 2, moved: 3, ok: 4 };
// More task ids than this are summarised as "+N" so one popular link cannot push the URLs off the screen.
const MAX_IDS = 3;

export function countLinks(results: LinkResult[]): LinkCounts {
  const count = (s: LinkStatus) => results.filter((r) => r.status === s).length;
  return {
    checked: results.length,
    ok: count('ok'),
    moved: count('moved'),
    dead: count('dead'),
    unsure: count('timeout') + count('error'),
  };
}

/** Why the link is listed, in the reader's language where the reason is known, else the checker's detail. */
function explain(r: LinkResult, words: LinkWords): string {
  if (r.notChecked) return words.notChecked;
  if (r.status === 'timeout') return words.timedOut(r.ms);
  if (r.status === 'dead') return r.httpStatus !== undefined ? words.httpStatus(r.httpStatus) : words.unreachable(r.detail ?? '?');
  if (r.httpStatus !== undefined && BLOCKED_STATUSES.includes(r.httpStatus)) return words.blocked(r.httpStatus);
  if (r.httpStatus === undefined && r.detail === 'not an http(s) URL') return words.notWeb;
  return r.detail ?? (r.httpStatus !== undefined ? words.httpStatus(r.httpStatus) : '');
}

function taskIds(ids: string[] | undefined, words: LinkWords): string {
  if (!ids || ids.length === 0) return words.noTask;
  const shown = ids.slice(0, MAX_IDS).join(', ');
  return ids.length > MAX_IDS ? `${shown} +${ids.length - MAX_IDS}` : shown;
}

export function renderLinkReport(results: LinkResult[], usedBy: Map<string, string[]>, ctx: ViewContext, words: LinkWords): string {
  const { style } = ctx;
  // The same URL given twice is one link; the report counts and lists it once.
  const unique = [...new Map(results.map((r) => [r.url, r])).values()];
  const counts = countLinks(unique);
  const lines = [words.summary(counts.checked, counts.ok, counts.moved, counts.dead, counts.unsure)];
  const skipped = unique.filter((r) => r.notChecked).length;
  if (skipped > 0) lines.push(style.yellow(words.notCheckedCount(skipped)));
  const listed = unique
    .map((r, i) => ({ r, i }))
    .filter(({ r }) => r.status !== 'ok')
    .sort((a, b) => ORDER[a.r.status] - ORDER[b.r.status] || a.i - b.i)
    .map(({ r }) => r);
  if (listed.length === 0) {
    lines.push(style.green(words.allOk));
    return `${lines.join('\n')}\n`;
  }

  const paint = (status: LinkStatus, text: string) => (status === 'dead' ? style.red(text) : status === 'moved' ? style.yellow(text) : style.gray(text));
  const rows = listed.map((r) => ({
    status: paint(r.status, words.status[r.status]),
    ids: taskIds(usedBy.get(r.url), words),
    url: style.cyan(r.url),
    why: r.status === 'moved' ? `→ ${style.cyan(r.finalUrl ?? '')}` : explain(r, words),
  }));
  const statusWidth = maxOf(rows, (row) => displayWidth(row.status));
  const idsWidth = maxOf(rows, (row) => displayWidth(row.ids));
  for (const row of rows) {
    lines.push(`  ${padEnd(row.status, statusWidth)}  ${padEnd(row.ids, idsWidth)}  ${row.url}  ${row.why}`.trimEnd());
  }
  return `${lines.join('\n')}\n`;
}

/** `[█████░░░░░] 12/51`; the count is padded to the total's width so the line keeps its length as it grows. */
export function progressBar(done: number, total: number, width: number): string {
  const fraction = total <= 0 ? 1 : done / total;
  const { filled, empty } = bar(fraction, Math.max(1, Math.floor(width)));
  return `[${filled}${empty}] ${String(done).padStart(String(total).length)}/${total}`;
}
