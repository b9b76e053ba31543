import { describe, expect, it } from 'vitest';
import { parseRuntime, providerOf, toId } from './_node-info.js';

describe('parseRuntime', () => {
  it('splits the runtime and version kubectl reports in nodeInfo', () => {
    expect(parseRuntime('containerd://1.7.22')).toEqual({ runtime: 'containerd', version: '1.7.22' });
    expect(parseRuntime('cri-o://1.30.3')).toEqual({ runtime: 'cri-o', version: '1.30.3' });
    expect(parseRuntime('docker://27.1.1')).toEqual({ runtime: 'docker', version: '27.1.1' });
  });
  it('gives undefined for runtimes the model does not know', () => {
    expect(parseRuntime('rkt://1.0')).toBeUndefined();
    expect(parseRuntime(undefined)).toBeUndefined();
  });
});

describe('providerOf', () => {
  it('names the cloud of a providerID', () => {
    expect(providerOf('aws:///eu-west-1a/i-0abc')).toBe('aws');
    expect(providerOf('gce://prod/europe-west1-b/vm')).toBe('gcp');
  });
  it('gives undefined for local clusters', () => {
    expect(providerOf('kind://docker/kind/kind-control-plane')).toBeUndefined();
    expect(providerOf(undefined)).toBeUndefined();
  });
});

describe('toId', () => {
  it('lower-cases and replaces what an id cannot hold', () => {
    expect(toId('Worker_1.Example')).toBe('worker_1.example');
    expect(toId('-node a')).toBe('node-a');
  });
});
