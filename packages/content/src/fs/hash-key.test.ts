import { expect, test } from 'vitest';
import { hashKey } from './hash-key.js';

test('hashKey gives the same key for objects whose keys were written in another order', () => {
  expect(hashKey({ a: 1, b: [{ x: 'y', z: null }] })).toBe(hashKey({ b: [{ z: null, x: 'y' }], a: 1 }));
});

test('hashKey tells apart values that print alike: a number and its string, a split string, bytes and text', () => {
  const keys = [hashKey(1), hashKey('1'), hashKey('ab', 'c'), hashKey('a', 'bc'), hashKey(new TextEncoder().encode('ab')), hashKey('ab'), hashKey(['ab']), hashKey({ ab: undefined }), hashKey({})];
  expect(new Set(keys).size).toBe(keys.length - 1);
  expect(hashKey({ ab: undefined })).toBe(hashKey({}));
});

test('hashKey changes with any byte of its inputs and is 40 hex digits', () => {
  const base = hashKey({ body: 'The kubelet starts pods.' });
  expect(base).toMatch(/^[0-9a-f]{40}$/);
  expect(hashKey({ body: 'The kubelet starts pods!' })).not.toBe(base);
});
