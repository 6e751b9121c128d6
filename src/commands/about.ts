// roadmap about [--json]: what roadmap is, where the roadmap in use comes from, and whom its source text
// thanks (the acknowledgements and 友链 at its end), in the interface's language.

import type { Deps } from '../deps.ts';
import { pick } from '../i18n/lang.ts';
import { renderAbout, type About } from '../ui/about-view.ts';
import { printJson, viewContext } from './shared.ts';
import { defineCommand, json } from './spec.ts';

export interface AboutOptions {
  json?: boolean;
}

export function aboutCommand(options: AboutOptions, deps: Deps): About {
  const { roadmap, lang } = deps;
  const a = deps.msg.about;
  const about: About = {
    what: a.what,
    roadmap: { id: roadmap.id, title: pick(roadmap.title, lang), source: pick(roadmap.source, lang), file: deps.roadmapFile ?? null },
    credits: roadmap.credits
      ? {
          thanks: pick(roadmap.credits.thanks, lang),
          links: roadmap.credits.links.map((link, i) => ({ n: i + 1, title: pick(link.title, lang), url: link.url ?? null })),
        }
      : null,
    // The bundled roadmap's additions are ours; a file of someone else's says what it added.
    added: deps.roadmapFile === undefined ? a.added : a.addedCustom,
  };
  if (options.json) printJson(deps, about);
  else deps.stdout.write(renderAbout(about, viewContext(deps)));
  return about;
}

export const aboutSpec = defineCommand({
  name: 'about',
  help: 'about',
  options: [json],
  run: (_args, options: AboutOptions, deps) => aboutCommand(options, deps),
});
