import type { ElementKind } from '@kubegram/model';

/** Colours of one element kind. */
export interface KindStyle {
  fill: string;
  stroke: string;
  text: string;
}

/** A diagram colour theme; the slides and the docs site take their colours from it too. */
export interface Theme {
  name: ThemeName;
  background: string;
  text: string;
  mutedText: string;
  edge: string;
  edgeText: string;
  /** Text drawn in the highlight's colour family (a control loop's phases), dark enough to read on the background. */
  highlightText: string;
  /** Outline drawn around highlighted elements. */
  highlight: string;
  /** Outline of an element in trouble that still works (a pending pod, a cordoned or tainted node). */
  warning: string;
  /** Outline of an element that failed. */
  failure: string;
  /** Opacity of elements that a highlight leaves out. */
  dimOpacity: number;
  /** CSS font-family list; the first family is the one the text metrics are measured for. */
  fontFamily: string;
  kinds: Readonly<Record<ElementKind, KindStyle>>;
}

/** The names of the themes with fixed colours. */
export type ThemeName = 'light' | 'dark';

/** A theme a writer takes: a fixed one, or `auto`, which follows the page's or the reader's colour scheme. */
export type ThemeChoice = ThemeName | 'auto';

const FONT = "'DejaVu Sans', Verdana, 'Bitstream Vera Sans', sans-serif";

// Colours follow the usual Kubernetes picture: blue for the control plane, teal for the node
// agents, soft blue pods with red-orange containers (as in the lesson), grey for the outside world.
// Every label reads at 4.5:1 or more on its box (WCAG AA) in both themes: theme-contrast.test.ts.
const lightKinds: Record<ElementKind, KindStyle> = {
  cluster: { fill: '#f7f9fc', stroke: '#9aa8bd', text: '#1f2a3c' },
  'control-plane-node': { fill: '#e8effc', stroke: '#326ce5', text: '#173d8c' },
  'worker-node': { fill: '#eef3f8', stroke: '#5b7397', text: '#243650' },
  apiserver: { fill: '#326ce5', stroke: '#1d4fb8', text: '#ffffff' },
  scheduler: { fill: '#3466cc', stroke: '#1d4fb8', text: '#ffffff' },
  'controller-manager': { fill: '#2f5db8', stroke: '#1d4fb8', text: '#ffffff' },
  'cloud-controller-manager': { fill: '#2a529f', stroke: '#1d4fb8', text: '#ffffff' },
  etcd: { fill: '#237bb4', stroke: '#2677ad', text: '#ffffff' },
  kubelet: { fill: '#128377', stroke: '#0b6158', text: '#ffffff' },
  'kube-proxy': { fill: '#0f6b62', stroke: '#0b6158', text: '#ffffff' },
  'container-runtime': { fill: '#5c6bc0', stroke: '#3f4c9a', text: '#ffffff' },
  pod: { fill: '#d6e6fb', stroke: '#4a86d8', text: '#16375f' },
  container: { fill: '#d73b20', stroke: '#b23a26', text: '#ffffff' },
  kubectl: { fill: '#ffffff', stroke: '#5f6b7a', text: '#1f2a3c' },
  'load-balancer': { fill: '#fff4e0', stroke: '#c98a1a', text: '#5b3d05' },
  'cloud-provider': { fill: '#f1ecfb', stroke: '#7e57c2', text: '#3b2370' },
  workload: { fill: '#fdf1d8', stroke: '#c98a1a', text: '#5b3d05' },
  controller: { fill: '#ffffff', stroke: '#7fa2ee', text: '#173d8c' },
  volume: { fill: '#fef7e6', stroke: '#c9a33a', text: '#5b4505' },
  namespace: { fill: '#fbfcfe', stroke: '#8a97ab', text: '#243650' },
  service: { fill: '#e3f4f1', stroke: '#128377', text: '#0b4d46' },
  ingress: { fill: '#fdebe3', stroke: '#c8553d', text: '#6b2413' },
};

const darkKinds: Record<ElementKind, KindStyle> = {
  cluster: { fill: '#141a24', stroke: '#4a5a73', text: '#dbe4f0' },
  'control-plane-node': { fill: '#18243b', stroke: '#6d9bff', text: '#c9dbff' },
  'worker-node': { fill: '#1a2230', stroke: '#7f95b8', text: '#d5dfec' },
  apiserver: { fill: '#356ee7', stroke: '#8fb1ff', text: '#ffffff' },
  scheduler: { fill: '#3466cc', stroke: '#8fb1ff', text: '#ffffff' },
  'controller-manager': { fill: '#2f5db8', stroke: '#8fb1ff', text: '#ffffff' },
  'cloud-controller-manager': { fill: '#2a529f', stroke: '#8fb1ff', text: '#ffffff' },
  etcd: { fill: '#287bb1', stroke: '#84c6f0', text: '#ffffff' },
  kubelet: { fill: '#117a70', stroke: '#5fd1c4', text: '#ffffff' },
  'kube-proxy': { fill: '#0f6b62', stroke: '#5fd1c4', text: '#ffffff' },
  'container-runtime': { fill: '#4a57a8', stroke: '#a3adf0', text: '#ffffff' },
  pod: { fill: '#1d3350', stroke: '#6ea6ee', text: '#d7e8ff' },
  container: { fill: '#c9452f', stroke: '#ff9a85', text: '#ffffff' },
  kubectl: { fill: '#222b38', stroke: '#9aa7b8', text: '#e6edf6' },
  'load-balancer': { fill: '#3a2c0f', stroke: '#e0a63c', text: '#ffe2a8' },
  'cloud-provider': { fill: '#2a2140', stroke: '#a98ae0', text: '#e6dcff' },
  workload: { fill: '#3a2c0f', stroke: '#e0a63c', text: '#ffe2a8' },
  controller: { fill: '#1e2b45', stroke: '#6d9bff', text: '#c9dbff' },
  volume: { fill: '#33290c', stroke: '#d4b04a', text: '#fbe9b0' },
  namespace: { fill: '#161d29', stroke: '#6f7f99', text: '#d5dfec' },
  service: { fill: '#10302c', stroke: '#5fd1c4', text: '#c9f2ec' },
  ingress: { fill: '#3a1d14', stroke: '#f08a6c', text: '#ffd9cc' },
};

/** The light theme. */
export const lightTheme: Theme = {
  name: 'light',
  background: '#ffffff',
  text: '#1f2a3c',
  mutedText: '#5b6678',
  edge: '#55657d',
  edgeText: '#3d4a5e',
  highlight: '#f5a623',
  highlightText: '#8e5b06',
  warning: '#b25e00',
  failure: '#c62828',
  dimOpacity: 0.28,
  fontFamily: FONT,
  kinds: lightKinds,
};

/** The dark theme. */
export const darkTheme: Theme = {
  name: 'dark',
  background: '#0d1117',
  text: '#e6edf6',
  mutedText: '#9aa7b8',
  edge: '#9aa9c0',
  edgeText: '#c4cfdf',
  highlight: '#ffb84d',
  highlightText: '#ffb84d',
  warning: '#ffa94d',
  failure: '#ff6b6b',
  dimOpacity: 0.3,
  fontFamily: FONT,
  kinds: darkKinds,
};

/** The themes by name. */
export const themes: Readonly<Record<ThemeName, Theme>> = { light: lightTheme, dark: darkTheme };
