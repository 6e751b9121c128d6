// roadmap open <id>[:<n>] [--print]

import type { Deps } from '../deps.ts';
import { recordOpen } from '../core/activity.ts';
import { localDate } from '../core/dates.ts';
import { RoadmapError, UsageError } from '../errors.ts';
import { pick } from '../i18n/lang.ts';
import { isWebUrl, whyNoBrowser, type OpenOutcome } from '../ui/browser.ts';
import { printJson, quoteInput, requireTask } from './shared.ts';

export interface OpenOptions {
  print?: boolean;
  json?: boolean;
}

export interface OpenResult {
  id: string;
  n: number;
  url: string;
  outcome: OpenOutcome | null;
}

/** Splits "w1-python:2" into the id and the 1-based resource number. */
export function parseTarget(target: string): { id: string; n: number; nText?: string } {
  const colon = target.lastIndexOf(':');
  if (colon < 0) return { id: target, n: 1 };
  const id = target.slice(0, colon);
  const nText = target.slice(colon + 1);
  return { id, n: /^\d{1,6}$/.test(nText) ? Number(nText) : Number.NaN, nText };
}

export async function openCommand(target: string, options: OpenOptions, deps: Deps): Promise<OpenResult> {
  const { msg, lang } = deps;
  const { id, n, nText } = parseTarget(target);
  const { task } = requireTask(deps, id);
  if (task.resources.length === 0) throw new UsageError(msg.noResources(task.id));
  const resource = task.resources[n - 1];
  if (!resource) throw new UsageError(msg.badResourceIndex(quoteInput(nText ?? String(n)), task.id, task.resources.length));
  if (!resource.url) throw new RoadmapError(msg.resourceHasNoUrl(pick(resource.title, lang)));
  // Addresses come from the roadmap file, which a user may have written: only http(s) goes further.
  if (!isWebUrl(resource.url)) throw new UsageError(msg.refuseUrl(quoteInput(resource.url)));
  const url = resource.url;
  let outcome: OpenOutcome | null = null;
  if (!options.print) {
    outcome = await deps.openUrl(url);
    // Opening a resource counts as studying that day (streaks, heatmap).
    const now = deps.now();
    await deps.store.update((state) => ({ state: recordOpen(state, `${task.id}:${n}`, now, localDate(now)), result: undefined }));
  }
  const result = { id: task.id, n, url, outcome };
  if (options.json) printJson(deps, result);
  else if (!outcome) deps.stdout.write(`${url}\n`);
  else if (outcome.opened) deps.stdout.write(`${msg.opened(url)}\n`);
  else {
    deps.stdout.write(`${url}\n`);
    deps.stderr.write(`${msg.noBrowser(whyNoBrowser(outcome, deps.browser, msg))}\n`);
  }
  return result;
}
