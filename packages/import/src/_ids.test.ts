import { describe, expect, it } from 'vitest';
import { createIds, reserveComponents } from './_ids.js';

describe('createIds', () => {
  it('take qualifies a taken name by its namespace, then numbers it', () => {
    const ids = createIds(['web']);
    expect([ids.take('web', 'shop'), ids.take('web', 'shop'), ids.take('Web_1')]).toEqual(['web.shop', 'web-2', 'web_1']);
  });
  it('reserveComponents keeps the ids the model gives a node components and controllers', () => {
    const ids = createIds([]);
    reserveComponents(ids, 'n1');
    expect([ids.take('n1-kubelet'), ids.take('n1-controller-manager-node')]).toEqual(['n1-kubelet-2', 'n1-controller-manager-node-2']);
  });
});
