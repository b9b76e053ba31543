/**
 * Turns a heading into an anchor the way Git hosts do: lower case, punctuation dropped, spaces
 * as hyphens (`What happens on "kubectl apply"?` gives `what-happens-on-kubectl-apply`).
 */
export function slugify(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\p{M}\s_-]/gu, '')
    .replace(/\s/g, '-');
}
