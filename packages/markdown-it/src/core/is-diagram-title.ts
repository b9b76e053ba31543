/** True when an image's title makes it a diagram reference (`"kubegram: …"`). */
export function isDiagramTitle(title: unknown): boolean {
  return typeof title === 'string' && /^\s*kubegram:/.test(title);
}
