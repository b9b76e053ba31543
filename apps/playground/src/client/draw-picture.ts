import { elementsOf, views } from '@kubegram/model';
import { prepareSvg } from '@kubegram/site/client';
import { badgeInliner } from './badge-inliner.ts';
import type { ModelLoader } from './create-model-loader.ts';
import type { SvgPreparer } from './create-svg-preparer.ts';
import { renderModel } from './render-model.ts';
import type { PictureReply, PictureRequest } from './types.ts';

// The page's picture draws its badges in place (see badgeInliner); the SVG to copy and download is toSvg's own.
const prepareWhole: SvgPreparer = (svg, opts) => prepareSvg(badgeInliner(svg)(svg), opts);

/**
 * Answers one request of the page: the model text checked, laid out, drawn and readied for the
 * page, with the highlight control's list of elements. Runs in the render worker (or in the page
 * for a small model); never throws. Given the loader and the preparer of the requests before, it
 * reads a keystroke's change without parsing the whole text again, and readies only the part of
 * the picture that changed.
 */
export function drawPicture(request: PictureRequest, load?: ModelLoader, prepare: SvgPreparer = prepareWhole): PictureReply {
  const { id, text, settings, prefersDark } = request;
  const outcome = renderModel(text, settings, prefersDark, load);
  const times = { ...outcome.times, prepare: 0 };
  if (!outcome.ok) return { id, ok: false, problems: outcome.problems, warnings: outcome.warnings, times };
  const started = performance.now();
  const view = views[settings.view];
  const caption = `${outcome.cluster.label}: ${view.title}`;
  const markup = prepare(outcome.svg, { idPrefix: 'pg', title: caption, description: view.description });
  const elements = elementsOf(outcome.cluster).map((e) => ({ id: e.id, label: e.label, kind: e.kind }));
  times.prepare = performance.now() - started;
  return { id, ok: true, clusterId: outcome.cluster.id, svg: outcome.svg, markup, caption, elements, warnings: outcome.warnings, times };
}
