import type { ViewName } from '@kubegram/model';
import { loopDiagram } from './loop/loop-diagram.js';
import { sequenceDiagram } from './sequence/sequence-diagram.js';
import { structureDiagram } from './structure/structure-diagram.js';
import type { DiagramType } from './types.js';

/** The ways a view can be drawn: boxes in boxes, messages over time, a control loop. */
export type DiagramName = 'structure' | 'sequence' | 'loop';

/** Every diagram type, by name: a new one is a folder under `diagrams/` and a line here. */
export const DIAGRAM_TYPES: Readonly<Record<DiagramName, DiagramType>> = {
  structure: structureDiagram,
  sequence: sequenceDiagram,
  loop: loopDiagram,
};

/** How each view of the model is drawn: a new view is a line here. */
export const VIEW_DIAGRAMS: Readonly<Record<ViewName, DiagramName>> = {
  overview: 'structure',
  'control-plane': 'structure',
  worker: 'structure',
  'request-flow': 'sequence',
  reconcile: 'loop',
  networking: 'structure',
  workloads: 'structure',
};
