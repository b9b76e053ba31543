// Words the flowchart and sequence grammars read as keywords wherever an id may stand; an id equal
// to one of them (in any case) would end a block or start a statement instead of naming a box.
const RESERVED = new Set(
  [
    'accDescr', 'accTitle', 'activate', 'actor', 'agentflow', 'alt', 'and', 'as', 'autonumber', 'box',
    'break', 'BT', 'call', 'callback', 'class', 'classDef', 'click', 'connector', 'create', 'critical',
    'deactivate', 'default', 'destroy', 'details', 'direction', 'else', 'end', 'flow', 'flowchart',
    'global', 'graph', 'href', 'interpolate', 'left', 'link', 'links', 'linkStyle', 'loop', 'LR', 'note',
    'of', 'off', 'opt', 'option', 'over', 'par', 'participant', 'properties', 'rect', 'right', 'RL',
    'sequenceDiagram', 'style', 'subgraph', 'swimlane', 'TB', 'TD', 'title',
  ].map((w) => w.toLowerCase()),
);

/**
 * Gives every model id a Mermaid id: letters, digits and `_`, never a keyword, never starting with
 * a digit, and unique even when two model ids clean up to the same text (later ones get `_2`,
 * `_3`, ...). The same ids in the same order always get the same answer.
 */
export function mermaidIds(ids: Iterable<string>): Map<string, string> {
  const out = new Map<string, string>();
  const taken = new Set<string>();
  for (const id of ids) {
    if (out.has(id)) continue;
    let base = id.replace(/[^A-Za-z0-9_]/g, '_');
    if (base === '' || !/^[A-Za-z]/.test(base) || RESERVED.has(base.toLowerCase())) base = `id_${base}`;
    let candidate = base;
    for (let n = 2; taken.has(candidate); n++) candidate = `${base}_${n}`;
    taken.add(candidate);
    out.set(id, candidate);
  }
  return out;
}
