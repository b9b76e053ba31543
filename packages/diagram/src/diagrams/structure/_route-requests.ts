import type { ElementKind, ResolvedRelation } from '@kubegram/model';
import type { BoxIndex, RouteRequest } from '../../layout/_route.js';
import type { Point } from '../../layout/types.js';
import {
  acrossFoldedRow,
  agentToApi,
  agentToPod,
  cloudControllerToCloud,
  cloudControllerToCloudBelow,
  kubectlToApi,
  loadBalancerToProxy,
  loadBalancerToService,
  nodeAt,
  type Channels,
  type HintInput,
} from './_route-hints.js';
import { manyServicesToProxy, SERVICE_LANES, serviceToProxy } from './_service-hints.js';
import { straightBlocked } from './_straight-blocked.js';

// The hints of one relation, made only once there is one: most relations have none.
const add = (hints: Point[][] | undefined, p: Point[] | undefined): Point[][] | undefined => {
  if (p === undefined) return hints;
  if (hints === undefined) return [p];
  hints.push(p);
  return hints;
};

// What every relation's hints share: the services stacked beside the cluster, each one's lane, and
// the right edge of their stack.
interface Services {
  count: number;
  lanes: Map<string, number>;
  stackRight: number;
}

// The hints of a relation from a service: its bus into kube-proxy, in a lane of its own while the lanes last.
function serviceHint(h: HintInput, services: Services): Point[] | undefined {
  const lane = services.lanes.get(h.a.id);
  return services.count > SERVICE_LANES ? manyServicesToProxy(h, lane, services.stackRight) : serviceToProxy(h, lane, services.stackRight);
}

// The hints proposed for a relation, in the order the router tries them, by the kind of box it
// leaves: every hint maker proposes a way only for relations from its kinds, so the others are
// never asked. Any box but kubectl may reach an API server on another node.
type Propose = (h: HintInput, index: BoxIndex, services: Services) => Point[][] | undefined;
const toApi: Propose = (h) => add(add(undefined, agentToApi(h)), acrossFoldedRow(h));
const fans: Propose = (h, index) => add(add(undefined, agentToApi(h)), agentToPod(h, index));
const PROPOSE: Readonly<Partial<Record<ElementKind, Propose>>> = {
  kubectl: (h) => add(undefined, kubectlToApi(h)),
  'load-balancer': (h) => add(add(add(undefined, agentToApi(h)), loadBalancerToProxy(h)), loadBalancerToService(h)),
  'cloud-controller-manager': (h) => {
    let hints = add(add(add(undefined, agentToApi(h)), acrossFoldedRow(h)), cloudControllerToCloud(h));
    const below = cloudControllerToCloudBelow(h);
    for (let i = 0; i < below.length; i++) hints = add(hints, below[i]);
    return hints;
  },
  service: (h, _index, services) => add(add(undefined, agentToApi(h)), serviceHint(h, services)),
  'kube-proxy': fans,
  'container-runtime': fans,
};

// A relation's request, its hints proposed only when the router first reads them: most edges take
// their straight line and never do.
class Request implements RouteRequest {
  relation: ResolvedRelation;
  fromBox: number;
  toBox: number;
  hintsFirst = false;
  private input: HintInput;
  private index: BoxIndex;
  private services: Services;
  private proposed: Point[][] | undefined | null = null;
  constructor(relation: ResolvedRelation, fromBox: number, toBox: number, input: HintInput, index: BoxIndex, services: Services) {
    this.relation = relation;
    this.fromBox = fromBox;
    this.toBox = toBox;
    this.input = input;
    this.index = index;
    this.services = services;
  }
  get hints(): Point[][] | undefined {
    if (this.proposed === null) this.proposed = (PROPOSE[this.input.a.kind] ?? toApi)(this.input, this.index, this.services);
    return this.proposed;
  }
}

// The request for one relation between two boxes; undefined when an end has no box.
function requestOf(r: ResolvedRelation, index: BoxIndex, ch: Channels, services: Services): RouteRequest | undefined {
  const { boxes, at } = index;
  const k = at.get(r.from);
  const m = at.get(r.to);
  if (k === undefined || m === undefined) return undefined;
  const a = boxes[k]!;
  const b = boxes[m]!;
  const an = nodeAt(index, k);
  const bn = nodeAt(index, m);
  const holder = index.parent[m]!;
  const input: HintInput = { a, b, an: an < 0 ? undefined : boxes[an], bn: bn < 0 ? undefined : boxes[bn], ch, bHolder: holder < 0 ? undefined : boxes[holder] };
  const req = new Request(r, k, m, input, index, services);
  // A straight line into a container would cross its pod's title: the fan, its only hint, goes first.
  // A service's bus keeps to its lanes even where a straight drop would do, so the buses read apart;
  // the load balancer's edge into a service keeps clear of where that bus leaves.
  // Under the cluster, a straight line up into the nearest node would leave the load balancer's bus.
  const lbBelow = a.kind === 'load-balancer' && a.y >= ch.clusterBottom;
  req.hintsFirst = (b.kind === 'container' && req.hints !== undefined) || a.kind === 'service' || (a.kind === 'load-balancer' && b.kind === 'service') || lbBelow || straightBlocked(a, b, input.an, input.bn, ch);
  return req;
}

/**
 * The routes the layout proposes for each relation between two boxes, through the channels it left
 * between them. Made one at a time as the router asks: the proposals for one edge are dropped once
 * it is routed, instead of all of a large cluster's being kept until the last is. A plain iterator,
 * not a generator: the router's loop calls it straight, without resuming a generator per relation.
 */
export function routeRequests(relations: readonly ResolvedRelation[], index: BoxIndex, ch: Channels): Iterable<RouteRequest> {
  const shown = index.boxes.filter((x) => x.kind === 'service');
  const services: Services = { count: shown.length, lanes: new Map(shown.map((x, i) => [x.id, i])), stackRight: Math.max(0, ...shown.map((x) => x.x + x.w)) };
  return {
    [Symbol.iterator]: (): Iterator<RouteRequest> => {
      let i = 0;
      return {
        next: (): IteratorResult<RouteRequest> => {
          while (i < relations.length) {
            const req = requestOf(relations[i++]!, index, ch, services);
            if (req !== undefined) return { value: req, done: false };
          }
          return { value: undefined, done: true };
        },
      };
    },
  };
}
