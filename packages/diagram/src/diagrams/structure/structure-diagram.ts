import { structureMermaidFit } from './_mermaid-fit.js';
import type { DiagramType } from '../types.js';
import { structureBound, structureLoosest } from './_bound.js';
import { structureCandidates } from './_candidates.js';
import { drawEdges } from './_svg.js';
import { layoutStructure } from './_layout.js';
import { structureLines } from './_mermaid.js';

/** Boxes in boxes: the cluster, its nodes and their parts in fixed slots, relations routed between them. */
export const structureDiagram: DiagramType = {
  candidates: structureCandidates,
  bound: structureBound,
  loosest: structureLoosest,
  layout: layoutStructure,
  svgOver: drawEdges,
  mermaidFit: structureMermaidFit,
  mermaidKeyword: 'flowchart TB',
  mermaid: structureLines,
};
