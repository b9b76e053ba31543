import { sequenceMermaidFit } from './_mermaid-fit.js';
import type { DiagramType } from '../types.js';
import { sequenceCandidates } from './_candidates.js';
import { drawLifelines, drawSteps } from './_svg.js';
import { layoutSequence } from './_layout.js';
import { highlightRuns, participantLines, participantsOf } from './_mermaid.js';

/** Messages over time: the participants in a row, one numbered arrow per step of the story. */
export const sequenceDiagram: DiagramType = {
  pages: true,
  candidates: sequenceCandidates,
  layout: layoutSequence,
  svgUnder: drawLifelines,
  svgOver: drawSteps,
  mermaidFit: sequenceMermaidFit,
  mermaidKeyword: 'sequenceDiagram',
  mermaid(input) {
    const steps = input.selection.view.steps ?? [];
    const participants = participantsOf(steps, input);
    return ['  autonumber', ...participantLines(participants, input), ...highlightRuns(steps, participants, input, '  ')];
  },
};
