// Spacing of the structure layout, in pixels. Every gap and padding is at least twice the edge
// margin, so edges always have a channel between boxes.

/** A leaf box: padding around its label, and its least size. */
export const LEAF = { padX: 10, padY: 9, minW: 100, minH: 36 };
/** A container: padding inside, the space under its title, and the gap between its children. */
export const BOX = { pad: 14, titleGap: 10, gap: 14 };
/** The cluster: padding, the gap between nodes, the lane over the nodes and the corridor between the control plane and the workers. */
export const CLUSTER = { pad: 32, gap: 32, lane: 26, corridor: 48 };
/** The lane and the corridor of a cluster drawn tight, for a frame short of height: still room for their edge lanes. */
export const TIGHT = { lane: 14, corridor: 32 };
/** The outside world: its gap to the cluster, and the margin of the picture. */
export const OUTSIDE = { gap: 56, margin: 24 };
/** How far from the middle of a side two edges that could line up meet their boxes. */
export const PORT = 5;
/**
 * Pods on a node with routed edges: a wider column gap holds two vertical channels (the
 * kube-proxy's on the left of a pod, the container runtime's on the right), and the lane band
 * under the agents holds their two horizontal lanes, so the two fans never share a line.
 */
export const PODS = { gap: 26, inset: 6, channel: 9, laneBand: 28, proxyLane: 9, runtimeLane: 19 };
