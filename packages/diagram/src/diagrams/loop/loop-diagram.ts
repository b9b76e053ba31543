import { sequenceMermaidFit } from '../sequence/_mermaid-fit.js';
import { participantLines, participantsOf } from '../sequence/_mermaid.js';
import type { DiagramType } from '../types.js';
import { loopCandidates } from './_candidates.js';
import { drawCyclesAndSteps } from './_svg.js';
import { layoutLoop } from './_layout.js';
import { reconcileLines } from './_mermaid.js';

/** A control loop: the participants around the API server, the controller ringed by its phases. */
export const loopDiagram: DiagramType = {
  candidates: loopCandidates,
  layout: layoutLoop,
  svgOver: drawCyclesAndSteps,
  mermaidFit: sequenceMermaidFit,
  mermaidKeyword: 'sequenceDiagram',
  mermaid(input) {
    const steps = input.selection.view.steps ?? [];
    const participants = participantsOf(steps, input);
    return ['  autonumber', ...participantLines(participants, input), ...reconcileLines(steps, participants, input)];
  },
};
