import { expect, test } from 'vitest';
import { slugify } from './slugify.js';

test('slugify lower-cases, drops punctuation and joins words with hyphens', () => {
  expect(slugify('The API server')).toBe('the-api-server');
  expect(slugify('What happens on "kubectl apply"?')).toBe('what-happens-on-kubectl-apply');
  expect(slugify('  kube-proxy and the load balancer ')).toBe('kube-proxy-and-the-load-balancer');
  expect(slugify('etcd_store')).toBe('etcd_store');
  expect(slugify('Über Knoten')).toBe('über-knoten');
});
