import type { DiagramType } from '../types.js';
import { layoutStructure } from './_layout.js';
import { structureLines } from './_mermaid.js';

/** Boxes in boxes: the cluster, its nodes and their parts in fixed slots, relations routed between them. */
export const structureDiagram: DiagramType = {
  layout: layoutStructure,
  mermaidKeyword: 'flowchart TB',
  mermaid: structureLines,
};
