import { stringify } from 'yaml';

/** A model spec (or a preset's cluster) as the YAML the editor shows, with a comment line on top. */
export function modelText(spec: unknown, comment: string): string {
  return `# ${comment}\n${stringify(JSON.parse(JSON.stringify(spec)), { lineWidth: 0 })}`;
}
