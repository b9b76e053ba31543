// Kubernetes objects start with an apiVersion or a kind; a cluster model has neither at its top.
const KUBERNETES = /^\s*(?:\{\s*)?"?(?:apiVersion|kind)"?\s*:/m;

/** Whether pasted text looks like kubectl output or a manifest rather than part of a model. */
export function isKubernetesText(text: string): boolean {
  return KUBERNETES.test(text) && /\bapiVersion\b/.test(text) && /\bmetadata\b|\bitems\b/.test(text);
}
