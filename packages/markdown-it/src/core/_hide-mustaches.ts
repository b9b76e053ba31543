/** Breaks every `{{` in HTML, which Vue (VitePress) would otherwise read as an expression. */
export function hideMustaches(html: string): string {
  return html.replace(/\{\{/g, '{&#123;');
}
