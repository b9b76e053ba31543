import { toMermaid } from '@kubegram/diagram';
import { MODEL_FILE, svgOptions } from './render-model.ts';
import type { Settings } from './types.ts';

/**
 * The Mermaid text of the picture on show, from the model text it was drawn from: answers carry no
 * cluster, so the text is read again here, once per click, with the picture's own settings.
 */
export async function mermaidOfDrawn(drawn: string, settings: Settings, darkPage: boolean): Promise<string> {
  const { parseClusterText } = await import('@kubegram/model/yaml');
  const loaded = parseClusterText(drawn, MODEL_FILE);
  if (!loaded.ok) throw new Error(`${MODEL_FILE}: the drawn model no longer loads: ${loaded.errors[0]?.message ?? 'unknown problem'}`);
  const o = svgOptions(loaded.cluster, settings, darkPage);
  return toMermaid(loaded.cluster, { view: settings.view, ...(o.theme ? { theme: o.theme } : {}), ...(o.highlight ? { highlight: o.highlight } : {}) });
}
