// @vitest-environment jsdom
import { presets, VIEW_NAMES, parseCluster, views, type Cluster, type ClusterSpec } from '@kubegram/model';
import mermaid from 'mermaid';
import { describe, expect, test } from 'vitest';
import { toMermaid } from './to-mermaid.js';
import { VIEW_DIAGRAMS } from '../diagrams/diagram-types.js';

// Mermaid's own parser, under jsdom: what it accepts is what a Mermaid user can render.
const parsed = async (text: string) => {
  await mermaid.parse(text);
  const diagram = await mermaid.mermaidAPI.getDiagramFromText(text);
  // The parsed model of a diagram is untyped in Mermaid's API; these tests read plain fields of it.
  return { type: diagram.type, db: diagram.db as unknown as Record<string, () => unknown> };
};
// What a reader sees of parsed text: entity codes as their characters, `<br>` as a line break.
const shown = (text: string) => text.replace(/<br\s*\/?>/g, '\n').replace(/\uFB02\u00B0\u00B0(\d+)\u00B6\u00DF/g, (_, n: string) => String.fromCodePoint(Number(n)));

const cluster = (spec: ClusterSpec): Cluster => {
  const result = parseCluster(spec);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.cluster;
};

describe('toMermaid output is accepted by Mermaid', () => {
  const cases = Object.entries(presets).flatMap(([name, c]) => VIEW_NAMES.flatMap((view) => (['light', 'dark'] as const).map((theme) => ({ name, c, view, theme }))));
  test.each(cases)('toMermaid($name, { view: $view, theme: $theme }) parses', async ({ c, view, theme }) => {
    const text = toMermaid(c, { view, theme });
    const { type } = await parsed(text);
    expect(type).toBe(VIEW_DIAGRAMS[view] === 'structure' ? 'flowchart-v2' : 'sequence');
  });

  test('toMermaid gives Mermaid theme variables that it keeps, the font list included', async () => {
    for (const theme of ['light', 'dark'] as const) {
      const { config } = (await mermaid.parse(toMermaid(presets.course, { theme }))) as { config: { themeVariables: Record<string, unknown> } };
      expect(config.themeVariables.fontFamily).toBe('"DejaVu Sans", Verdana, "Bitstream Vera Sans"');
      for (const value of Object.values(config.themeVariables)) expect(value).not.toBe('');
    }
  });

  test('toMermaid with a highlight parses for every view', async () => {
    for (const view of VIEW_NAMES) await parsed(toMermaid(presets.haCloud, { view, highlight: ['cp-1-apiserver', 'worker-1-kubelet'] }));
  });
});

interface Vertex { id: string; text: string }
interface SubGraph { id: string; title: string; nodes: string[] }
interface Edge { start: string; end: string; text: string }
interface Message { from?: string; to?: string; message?: string | { text: string }; type: number }
interface Actor { name: string; description: string; type: string }
const flowchart = async (text: string) => {
  const { db } = await parsed(text);
  return {
    vertices: [...(db.getVertices!() as Map<string, Vertex>).values()],
    subgraphs: db.getSubGraphs!() as SubGraph[],
    edges: db.getEdges!() as Edge[],
    accTitle: db.getAccTitle!() as string,
    accDescr: db.getAccDescription!() as string,
  };
};
const sequence = async (text: string) => {
  const { db } = await parsed(text);
  return {
    actors: [...(db.getActors!() as Map<string, Actor>).values()],
    messages: (db.getMessages!() as Message[]).map((m) => ({ ...m, text: typeof m.message === 'string' ? m.message : (m.message?.text ?? '') })),
    boxes: db.getBoxes!() as { name: string; actorKeys: string[] }[],
    accTitle: db.getAccTitle!() as string,
  };
};

describe('toMermaid structure views', () => {
  test('toMermaid nests cluster > node > pod > container and keeps actors outside the cluster', async () => {
    const { subgraphs, vertices } = await flowchart(toMermaid(presets.course));
    const parentOf = (id: string) => subgraphs.find((g) => g.nodes.includes(id))?.id;
    expect(parentOf('web_1_nginx')).toBe('web_1');
    expect(parentOf('web_1')).toBe('worker_1');
    expect(parentOf('worker_1')).toBe('course');
    expect(parentOf('control_plane_etcd')).toBe('control_plane');
    for (const actor of ['kubectl', 'load_balancer', 'cloud_provider_api']) expect(parentOf(actor)).toBeUndefined();
    expect(vertices.find((v) => v.id === 'control_plane_apiserver')?.text).toBe('kube-apiserver');
    expect(subgraphs.find((g) => g.id === 'worker_2')?.title).toBe('Worker node 2');
  });

  test('toMermaid labels edges with the relation kinds', async () => {
    const { edges } = await flowchart(toMermaid(presets.course));
    const label = (from: string, to: string) => edges.find((e) => e.start === from && e.end === to)?.text;
    expect(label('kubectl', 'control_plane_apiserver')).toBe('REST / kubectl');
    expect(label('control_plane_apiserver', 'control_plane_etcd')).toBe('read / write state');
    expect(label('worker_1_kubelet', 'worker_1_container_runtime')).toBe('CRI');
    expect(edges).toHaveLength(16);
  });

  test('toMermaid styles every element kind from the theme, light and dark', () => {
    expect(toMermaid(presets.course)).toContain('classDef apiserver fill:#326ce5,stroke:#1d4fb8,color:#ffffff');
    const dark = toMermaid(presets.course, { theme: 'dark' });
    expect(dark).toContain('classDef apiserver fill:#356ee7,stroke:#8fb1ff,color:#ffffff');
    expect(dark).toContain('darkMode: true');
    expect(dark).toContain('background: "#0d1117"');
    expect(dark).toContain('  class worker_1,worker_2 worker_node');
    // Mermaid bakes the colours in when it draws: auto writes the light ones.
    expect(toMermaid(presets.course, { theme: 'auto' })).toBe(toMermaid(presets.course));
  });

  test('toMermaid takes the accessible title and description from the model', async () => {
    const { accTitle, accDescr } = await flowchart(toMermaid(presets.course, { view: 'worker', node: 'worker-2' }));
    expect(accTitle).toBe('Kubernetes cluster: The worker node (Worker node 2)');
    expect(accDescr).toBe(`${views.worker.description} ${presets.course.description}`);
  });

  test('toMermaid draws the node that the node option names', async () => {
    const { subgraphs } = await flowchart(toMermaid(presets.haCloud, { view: 'control-plane', node: 'cp-2' }));
    expect(subgraphs.map((g) => g.id)).toContain('cp_2');
    expect(subgraphs.map((g) => g.id)).not.toContain('cp_1');
    expect(() => toMermaid(presets.haCloud, { view: 'worker', node: 'worker-9' })).toThrow('unknown node "worker-9"');
  });

  test('toMermaid outlines highlighted elements and dims the rest', () => {
    const text = toMermaid(presets.course, { view: 'worker', highlight: ['worker-1-kubelet'] });
    expect(text).toContain('  class worker_1_kubelet highlighted');
    expect(text).toMatch(/ {2}class .*\bweb_1_nginx\b.* dimmed/);
    expect(text).not.toMatch(/ {2}class .*\bworker_1\b[^_].* dimmed/);
    expect(text).toMatch(/linkStyle [\d,]+ stroke-opacity:0\.28/);
  });

  test('toMermaid rejects a highlight that names no element of the cluster, saying where', () => {
    expect(() => toMermaid(presets.course, { highlight: ['control-plane-apiserver', 'nope'] })).toThrow(
      'toMermaid: options.highlight[1]: unknown element "nope" in cluster "course"',
    );
  });

  test('toMermaid rejects an unknown view at compile time and at run time', () => {
    // @ts-expect-error a misspelt view is not a ViewName
    expect(() => toMermaid(presets.course, { view: 'overveiw' })).toThrow('toMermaid: options.view: unknown view "overveiw": expected one of overview, control-plane, worker, request-flow, reconcile');
  });

  test('toMermaid gives model ids that clean up alike different Mermaid ids', async () => {
    const c = cluster({
      id: 'c',
      nodes: [
        { id: 'cp', role: 'control-plane' },
        {
          id: 'end',
          role: 'worker',
          pods: [
            { id: 'web.1', containers: [{ id: 'web.1.app', image: 'a:1' }] },
            { id: 'web-1', containers: [{ id: 'web-1-app', image: 'a:1' }] },
            { id: 'web_1', containers: [{ id: 'web_1_app', image: 'a:1' }] },
          ],
        },
      ],
    });
    const text = toMermaid(c, { view: 'worker' });
    const { subgraphs, vertices } = await flowchart(text);
    expect(subgraphs.map((g) => g.id)).toEqual(expect.arrayContaining(['web_1', 'web_1_2', 'web_1_3', 'id_end']));
    expect(new Set(vertices.map((v) => v.id)).size).toBe(vertices.length);
    expect(vertices.filter((v) => v.id.startsWith('web_1')).length).toBe(6);
  });

  test('toMermaid gives byte-identical output for identical input', () => {
    for (const view of VIEW_NAMES) {
      expect(toMermaid(structuredClone(presets.haCloud), { view, theme: 'dark' })).toBe(toMermaid(presets.haCloud, { view, theme: 'dark' }));
    }
  });
});

describe('toMermaid stories', () => {
  test('toMermaid tells the request flow in the order the model gives, between the cluster\'s own processes', async () => {
    const { actors, messages, boxes } = await sequence(toMermaid(presets.course, { view: 'request-flow' }));
    expect(actors.map((a) => [a.name, a.description, a.type])).toEqual([
      ['kubectl', 'kubectl', 'actor'],
      ['control_plane_apiserver', 'kube-apiserver', 'participant'],
      ['control_plane_etcd', 'etcd', 'participant'],
      ['control_plane_controller_manager', 'kube-controller-manager', 'participant'],
      ['control_plane_scheduler', 'kube-scheduler', 'participant'],
      ['worker_1_kubelet', 'kubelet', 'participant'],
      ['worker_1_container_runtime', 'containerd', 'participant'],
    ]);
    const steps = views['request-flow'].steps ?? [];
    const said = messages.filter((m) => m.from !== undefined);
    expect(said.map((m) => shown(m.text))).toEqual(steps.map((s) => s.message));
    expect(said[0]).toMatchObject({ from: 'kubectl', to: 'control_plane_apiserver' });
    expect(boxes.map((b) => [b.name, b.actorKeys])).toEqual([
      ['Control-plane node', ['control_plane_apiserver', 'control_plane_etcd', 'control_plane_controller_manager', 'control_plane_scheduler']],
      ['Worker node 1', ['worker_1_kubelet', 'worker_1_container_runtime']],
    ]);
  });

  test('toMermaid stands in for a role the model leaves out', async () => {
    const c = cluster({ id: 'bare', nodes: [{ id: 'cp', role: 'control-plane' }, { id: 'w', role: 'worker', pods: [{ id: 'p', containers: [{ image: 'a:1' }] }] }] });
    const { actors } = await sequence(toMermaid(c, { view: 'request-flow' }));
    expect(actors[0]).toMatchObject({ name: 'role_kubectl', description: 'kubectl', type: 'actor' });
  });

  test('toMermaid wraps the reconcile story in a loop and shows each workload\'s desired and current replicas', async () => {
    const text = toMermaid(presets.course, { view: 'reconcile' });
    const { messages } = await sequence(text);
    const texts = messages.map((m) => shown(m.text));
    const loop = texts.indexOf('Forever, on every change to the desired or the current state');
    expect(loop).toBeGreaterThanOrEqual(0);
    expect(loop).toBeLessThan(texts.indexOf('observe: watch desired and current state'));
    expect(texts).toContain('web (Deployment): desired 10, current 5, create 5 Pods\napi (Deployment): desired 1, current 1, in sync, nothing to do\ndb (StatefulSet): desired 1, current 1, in sync, nothing to do');
    expect(texts.indexOf('compare: desired replicas vs current replicas')).toBe(texts.findIndex((t) => t.startsWith('web (Deployment)')) - 1);
    expect(text.trimEnd().split('\n').at(-1)).toBe('  end');
  });

  test('toMermaid marks the messages of highlighted participants', () => {
    const text = toMermaid(presets.course, { view: 'request-flow', highlight: ['worker-1-container-runtime'] });
    expect(text).toContain('  rect rgba(245,166,35,0.25)\n    worker_1_kubelet->>worker_1_container_runtime: CRI: run pod sandbox, pull image, start containers\n    worker_1_container_runtime-->>worker_1_kubelet: containers running\n  end');
  });
});

describe('toMermaid snapshots', () => {
  test('toMermaid draws the overview view of the course preset', () => {
    expect(toMermaid(presets.course, { view: 'overview' })).toMatchInlineSnapshot(`
      "---
      config:
        theme: base
        themeVariables:
          darkMode: false
          background: "#ffffff"
          fontFamily: "\\"DejaVu Sans\\", Verdana, \\"Bitstream Vera Sans\\""
          textColor: "#1f2a3c"
          lineColor: "#55657d"
          primaryColor: "#e8effc"
          primaryBorderColor: "#326ce5"
          primaryTextColor: "#173d8c"
          edgeLabelBackground: "#ffffff"
          signalColor: "#55657d"
          signalTextColor: "#3d4a5e"
          noteBkgColor: "#fdf1d8"
          noteBorderColor: "#c98a1a"
          noteTextColor: "#5b3d05"
          labelBoxBkgColor: "#e8effc"
          labelBoxBorderColor: "#326ce5"
          labelTextColor: "#173d8c"
          loopTextColor: "#1f2a3c"
      ---
      flowchart TB
        accTitle: Kubernetes cluster: Kubernetes architecture
        accDescr: The whole cluster: the control plane, the worker nodes with their pods, and what talks to them from outside. A Kubernetes cluster: one control-plane node manages two worker nodes that run the application pods.
        subgraph course ["Kubernetes cluster"]
          subgraph control_plane ["Control-plane node"]
            control_plane_apiserver["kube-apiserver"]
            control_plane_scheduler["kube-scheduler"]
            control_plane_controller_manager["kube-controller-manager"]
            control_plane_cloud_controller_manager["cloud-controller-manager"]
            control_plane_etcd[("etcd")]
          end
          subgraph worker_1 ["Worker node 1"]
            worker_1_kubelet["kubelet"]
            worker_1_kube_proxy["kube-proxy"]
            worker_1_container_runtime["containerd"]
            subgraph web_1 ["web-1"]
              web_1_nginx("nginx")
              web_1_logs("log-shipper")
            end
            subgraph api_1 ["api-1"]
              api_1_app("api")
            end
          end
          subgraph worker_2 ["Worker node 2"]
            worker_2_kubelet["kubelet"]
            worker_2_kube_proxy["kube-proxy"]
            worker_2_container_runtime["containerd"]
            subgraph web_2 ["web-2"]
              web_2_nginx("nginx")
            end
            subgraph db_0 ["db-0"]
              db_0_postgres("postgres")
            end
          end
        end
        kubectl(["kubectl"])
        load_balancer(["load balancer"])
        cloud_provider_api(["Cloud provider API"])
        kubectl -->|"REST / kubectl"| control_plane_apiserver
        control_plane_apiserver -->|"read / write state"| control_plane_etcd
        control_plane_scheduler -->|"watch pods, bind"| control_plane_apiserver
        control_plane_controller_manager -->|"watch, reconcile"| control_plane_apiserver
        control_plane_cloud_controller_manager -->|"watch, reconcile"| control_plane_apiserver
        control_plane_cloud_controller_manager -->|"nodes, routes, load balancers"| cloud_provider_api
        worker_1_kubelet -->|"register, watch pods, report status"| control_plane_apiserver
        worker_1_kubelet -->|"CRI"| worker_1_container_runtime
        worker_2_kubelet -->|"register, watch pods, report status"| control_plane_apiserver
        worker_2_kubelet -->|"CRI"| worker_2_container_runtime
        load_balancer -->|"routes traffic"| worker_1_kube_proxy
        load_balancer -->|"routes traffic"| worker_2_kube_proxy
        worker_1_kube_proxy -->|"routes traffic"| web_1
        worker_1_kube_proxy -->|"routes traffic"| api_1
        worker_2_kube_proxy -->|"routes traffic"| web_2
        worker_2_kube_proxy -->|"routes traffic"| db_0
        classDef cluster fill:#f7f9fc,stroke:#9aa8bd,color:#1f2a3c
        classDef control_plane_node fill:#e8effc,stroke:#326ce5,color:#173d8c
        classDef worker_node fill:#eef3f8,stroke:#5b7397,color:#243650
        classDef apiserver fill:#326ce5,stroke:#1d4fb8,color:#ffffff
        classDef scheduler fill:#3466cc,stroke:#1d4fb8,color:#ffffff
        classDef controller_manager fill:#2f5db8,stroke:#1d4fb8,color:#ffffff
        classDef cloud_controller_manager fill:#2a529f,stroke:#1d4fb8,color:#ffffff
        classDef etcd fill:#237bb4,stroke:#2677ad,color:#ffffff
        classDef kubelet fill:#128377,stroke:#0b6158,color:#ffffff
        classDef kube_proxy fill:#0f6b62,stroke:#0b6158,color:#ffffff
        classDef container_runtime fill:#5c6bc0,stroke:#3f4c9a,color:#ffffff
        classDef pod fill:#d6e6fb,stroke:#4a86d8,color:#16375f
        classDef container fill:#d73b20,stroke:#b23a26,color:#ffffff
        classDef kubectl fill:#ffffff,stroke:#5f6b7a,color:#1f2a3c
        classDef load_balancer fill:#fff4e0,stroke:#c98a1a,color:#5b3d05
        classDef cloud_provider fill:#f1ecfb,stroke:#7e57c2,color:#3b2370
        class course cluster
        class control_plane control_plane_node
        class worker_1,worker_2 worker_node
        class control_plane_apiserver apiserver
        class control_plane_scheduler scheduler
        class control_plane_controller_manager controller_manager
        class control_plane_cloud_controller_manager cloud_controller_manager
        class control_plane_etcd etcd
        class worker_1_kubelet,worker_2_kubelet kubelet
        class worker_1_kube_proxy,worker_2_kube_proxy kube_proxy
        class worker_1_container_runtime,worker_2_container_runtime container_runtime
        class web_1,api_1,web_2,db_0 pod
        class web_1_nginx,web_1_logs,api_1_app,web_2_nginx,db_0_postgres container
        class kubectl kubectl
        class load_balancer load_balancer
        class cloud_provider_api cloud_provider
      "
    `);
  });

  test('toMermaid draws the control-plane view of the course preset', () => {
    expect(toMermaid(presets.course, { view: 'control-plane' })).toMatchInlineSnapshot(`
      "---
      config:
        theme: base
        themeVariables:
          darkMode: false
          background: "#ffffff"
          fontFamily: "\\"DejaVu Sans\\", Verdana, \\"Bitstream Vera Sans\\""
          textColor: "#1f2a3c"
          lineColor: "#55657d"
          primaryColor: "#e8effc"
          primaryBorderColor: "#326ce5"
          primaryTextColor: "#173d8c"
          edgeLabelBackground: "#ffffff"
          signalColor: "#55657d"
          signalTextColor: "#3d4a5e"
          noteBkgColor: "#fdf1d8"
          noteBorderColor: "#c98a1a"
          noteTextColor: "#5b3d05"
          labelBoxBkgColor: "#e8effc"
          labelBoxBorderColor: "#326ce5"
          labelTextColor: "#173d8c"
          loopTextColor: "#1f2a3c"
      ---
      flowchart TB
        accTitle: Kubernetes cluster: The control-plane node (Control-plane node)
        accDescr: One control-plane node in detail: the API server, the scheduler, the controller managers with their controllers, and etcd. A Kubernetes cluster: one control-plane node manages two worker nodes that run the application pods.
        subgraph course ["Kubernetes cluster"]
          subgraph control_plane ["Control-plane node"]
            control_plane_apiserver["kube-apiserver"]
            control_plane_scheduler["kube-scheduler"]
            subgraph control_plane_controller_manager ["kube-controller-manager"]
              control_plane_controller_manager_node["node controller"]
              control_plane_controller_manager_replication["replication controller"]
              control_plane_controller_manager_endpoints["endpoints controller"]
              control_plane_controller_manager_service_account["service account controller"]
              control_plane_controller_manager_token["token controller"]
            end
            subgraph control_plane_cloud_controller_manager ["cloud-controller-manager"]
              control_plane_cloud_controller_manager_node["cloud node controller"]
              control_plane_cloud_controller_manager_route["route controller"]
              control_plane_cloud_controller_manager_service["service controller"]
            end
            control_plane_etcd[("etcd")]
          end
        end
        kubectl(["kubectl"])
        cloud_provider_api(["Cloud provider API"])
        kubectl -->|"REST / kubectl"| control_plane_apiserver
        control_plane_apiserver -->|"read / write state"| control_plane_etcd
        control_plane_scheduler -->|"watch pods, bind"| control_plane_apiserver
        control_plane_controller_manager -->|"watch, reconcile"| control_plane_apiserver
        control_plane_cloud_controller_manager -->|"watch, reconcile"| control_plane_apiserver
        control_plane_cloud_controller_manager -->|"nodes, routes, load balancers"| cloud_provider_api
        classDef cluster fill:#f7f9fc,stroke:#9aa8bd,color:#1f2a3c
        classDef control_plane_node fill:#e8effc,stroke:#326ce5,color:#173d8c
        classDef apiserver fill:#326ce5,stroke:#1d4fb8,color:#ffffff
        classDef scheduler fill:#3466cc,stroke:#1d4fb8,color:#ffffff
        classDef controller_manager fill:#2f5db8,stroke:#1d4fb8,color:#ffffff
        classDef cloud_controller_manager fill:#2a529f,stroke:#1d4fb8,color:#ffffff
        classDef etcd fill:#237bb4,stroke:#2677ad,color:#ffffff
        classDef kubectl fill:#ffffff,stroke:#5f6b7a,color:#1f2a3c
        classDef cloud_provider fill:#f1ecfb,stroke:#7e57c2,color:#3b2370
        classDef controller fill:#ffffff,stroke:#7fa2ee,color:#173d8c
        class course cluster
        class control_plane control_plane_node
        class control_plane_apiserver apiserver
        class control_plane_scheduler scheduler
        class control_plane_controller_manager controller_manager
        class control_plane_cloud_controller_manager cloud_controller_manager
        class control_plane_etcd etcd
        class kubectl kubectl
        class cloud_provider_api cloud_provider
        class control_plane_controller_manager_node,control_plane_controller_manager_replication,control_plane_controller_manager_endpoints,control_plane_controller_manager_service_account,control_plane_controller_manager_token,control_plane_cloud_controller_manager_node,control_plane_cloud_controller_manager_route,control_plane_cloud_controller_manager_service controller
      "
    `);
  });

  test('toMermaid draws the worker view of the course preset', () => {
    expect(toMermaid(presets.course, { view: 'worker' })).toMatchInlineSnapshot(`
      "---
      config:
        theme: base
        themeVariables:
          darkMode: false
          background: "#ffffff"
          fontFamily: "\\"DejaVu Sans\\", Verdana, \\"Bitstream Vera Sans\\""
          textColor: "#1f2a3c"
          lineColor: "#55657d"
          primaryColor: "#e8effc"
          primaryBorderColor: "#326ce5"
          primaryTextColor: "#173d8c"
          edgeLabelBackground: "#ffffff"
          signalColor: "#55657d"
          signalTextColor: "#3d4a5e"
          noteBkgColor: "#fdf1d8"
          noteBorderColor: "#c98a1a"
          noteTextColor: "#5b3d05"
          labelBoxBkgColor: "#e8effc"
          labelBoxBorderColor: "#326ce5"
          labelTextColor: "#173d8c"
          loopTextColor: "#1f2a3c"
      ---
      flowchart TB
        accTitle: Kubernetes cluster: The worker node (Worker node 1)
        accDescr: One worker node in detail: the kubelet, kube-proxy and the container runtime, and the pods with their containers. A Kubernetes cluster: one control-plane node manages two worker nodes that run the application pods.
        subgraph course ["Kubernetes cluster"]
          subgraph control_plane ["Control-plane node"]
            control_plane_apiserver["kube-apiserver"]
          end
          subgraph worker_1 ["Worker node 1"]
            worker_1_kubelet["kubelet"]
            worker_1_kube_proxy["kube-proxy"]
            worker_1_container_runtime["containerd"]
            subgraph web_1 ["web-1"]
              web_1_nginx("nginx")
              web_1_logs("log-shipper")
            end
            subgraph api_1 ["api-1"]
              api_1_app("api")
            end
          end
        end
        load_balancer(["load balancer"])
        worker_1_kubelet -->|"register, watch pods, report status"| control_plane_apiserver
        worker_1_kubelet -->|"CRI"| worker_1_container_runtime
        worker_1_container_runtime -->|"runs"| web_1_nginx
        worker_1_container_runtime -->|"runs"| web_1_logs
        worker_1_container_runtime -->|"runs"| api_1_app
        load_balancer -->|"routes traffic"| worker_1_kube_proxy
        worker_1_kube_proxy -->|"routes traffic"| web_1
        worker_1_kube_proxy -->|"routes traffic"| api_1
        classDef cluster fill:#f7f9fc,stroke:#9aa8bd,color:#1f2a3c
        classDef control_plane_node fill:#e8effc,stroke:#326ce5,color:#173d8c
        classDef worker_node fill:#eef3f8,stroke:#5b7397,color:#243650
        classDef apiserver fill:#326ce5,stroke:#1d4fb8,color:#ffffff
        classDef kubelet fill:#128377,stroke:#0b6158,color:#ffffff
        classDef kube_proxy fill:#0f6b62,stroke:#0b6158,color:#ffffff
        classDef container_runtime fill:#5c6bc0,stroke:#3f4c9a,color:#ffffff
        classDef pod fill:#d6e6fb,stroke:#4a86d8,color:#16375f
        classDef container fill:#d73b20,stroke:#b23a26,color:#ffffff
        classDef load_balancer fill:#fff4e0,stroke:#c98a1a,color:#5b3d05
        class course cluster
        class control_plane control_plane_node
        class worker_1 worker_node
        class control_plane_apiserver apiserver
        class worker_1_kubelet kubelet
        class worker_1_kube_proxy kube_proxy
        class worker_1_container_runtime container_runtime
        class web_1,api_1 pod
        class web_1_nginx,web_1_logs,api_1_app container
        class load_balancer load_balancer
      "
    `);
  });

  test('toMermaid draws the request-flow view of the course preset', () => {
    expect(toMermaid(presets.course, { view: 'request-flow' })).toMatchInlineSnapshot(`
      "---
      config:
        theme: base
        themeVariables:
          darkMode: false
          background: "#ffffff"
          fontFamily: "\\"DejaVu Sans\\", Verdana, \\"Bitstream Vera Sans\\""
          textColor: "#1f2a3c"
          lineColor: "#55657d"
          primaryColor: "#e8effc"
          primaryBorderColor: "#326ce5"
          primaryTextColor: "#173d8c"
          edgeLabelBackground: "#ffffff"
          signalColor: "#55657d"
          signalTextColor: "#3d4a5e"
          noteBkgColor: "#fdf1d8"
          noteBorderColor: "#c98a1a"
          noteTextColor: "#5b3d05"
          labelBoxBkgColor: "#e8effc"
          labelBoxBorderColor: "#326ce5"
          labelTextColor: "#173d8c"
          loopTextColor: "#1f2a3c"
      ---
      sequenceDiagram
        accTitle: Kubernetes cluster: What happens on kubectl apply
        accDescr: The path of a Deployment from kubectl through the API server, etcd, the controllers and the scheduler to the kubelet and the container runtime. A Kubernetes cluster: one control-plane node manages two worker nodes that run the application pods.
        autonumber
        actor kubectl as kubectl
        box rgb(232,239,252) Control-plane node
          participant control_plane_apiserver as kube-apiserver
          participant control_plane_etcd as etcd
          participant control_plane_controller_manager as kube-controller-manager
          participant control_plane_scheduler as kube-scheduler
        end
        box rgb(238,243,248) Worker node 1
          participant worker_1_kubelet as kubelet
          participant worker_1_container_runtime as containerd
        end
        kubectl->>control_plane_apiserver: apply Deployment (HTTPS request)
        control_plane_apiserver->>control_plane_etcd: authenticate, admit, store Deployment
        control_plane_apiserver-->>kubectl: created
        control_plane_controller_manager->>control_plane_apiserver: watch: new Deployment#59; create ReplicaSet
        control_plane_apiserver->>control_plane_etcd: store ReplicaSet
        control_plane_controller_manager->>control_plane_apiserver: watch: new ReplicaSet#59; create Pods
        control_plane_apiserver->>control_plane_etcd: store Pods (no node yet)
        control_plane_scheduler->>control_plane_apiserver: watch: unscheduled Pod#59; bind it to a node
        control_plane_apiserver->>control_plane_etcd: store binding
        worker_1_kubelet->>control_plane_apiserver: watch: Pod bound to my node
        worker_1_kubelet->>worker_1_container_runtime: CRI: run pod sandbox, pull image, start containers
        worker_1_container_runtime-->>worker_1_kubelet: containers running
        worker_1_kubelet->>control_plane_apiserver: update Pod status: Running
        control_plane_apiserver->>control_plane_etcd: store Pod status
      "
    `);
  });

  test('toMermaid draws the reconcile view of the course preset', () => {
    expect(toMermaid(presets.course, { view: 'reconcile' })).toMatchInlineSnapshot(`
      "---
      config:
        theme: base
        themeVariables:
          darkMode: false
          background: "#ffffff"
          fontFamily: "\\"DejaVu Sans\\", Verdana, \\"Bitstream Vera Sans\\""
          textColor: "#1f2a3c"
          lineColor: "#55657d"
          primaryColor: "#e8effc"
          primaryBorderColor: "#326ce5"
          primaryTextColor: "#173d8c"
          edgeLabelBackground: "#ffffff"
          signalColor: "#55657d"
          signalTextColor: "#3d4a5e"
          noteBkgColor: "#fdf1d8"
          noteBorderColor: "#c98a1a"
          noteTextColor: "#5b3d05"
          labelBoxBkgColor: "#e8effc"
          labelBoxBorderColor: "#326ce5"
          labelTextColor: "#173d8c"
          loopTextColor: "#1f2a3c"
      ---
      sequenceDiagram
        accTitle: Kubernetes cluster: The reconcile loop
        accDescr: Controllers compare the desired state with the current state and act until they match. A Kubernetes cluster: one control-plane node manages two worker nodes that run the application pods.
        autonumber
        box rgb(232,239,252) Control-plane node
          participant control_plane_apiserver as kube-apiserver
          participant control_plane_etcd as etcd
          participant control_plane_controller_manager as kube-controller-manager
          participant control_plane_scheduler as kube-scheduler
        end
        box rgb(238,243,248) Worker node 1
          participant worker_1_kubelet as kubelet
        end
        loop Forever, on every change to the desired or the current state
          control_plane_controller_manager->>control_plane_apiserver: observe: watch desired and current state
          control_plane_apiserver->>control_plane_etcd: read spec and status
          control_plane_controller_manager->>control_plane_controller_manager: compare: desired replicas vs current replicas
          Note over control_plane_controller_manager: web (Deployment): desired 10, current 5, create 5 Pods<br>api (Deployment): desired 1, current 1, in sync, nothing to do<br>db (StatefulSet): desired 1, current 1, in sync, nothing to do
          control_plane_controller_manager->>control_plane_apiserver: act: create or delete Pods to close the gap
          control_plane_scheduler->>control_plane_apiserver: bind new Pods to nodes
          worker_1_kubelet->>control_plane_apiserver: start them and report status
        end
      "
    `);
  });

  test('toMermaid draws the overview view of the haCloud preset', () => {
    expect(toMermaid(presets.haCloud, { view: 'overview' })).toMatchInlineSnapshot(`
      "---
      config:
        theme: base
        themeVariables:
          darkMode: false
          background: "#ffffff"
          fontFamily: "\\"DejaVu Sans\\", Verdana, \\"Bitstream Vera Sans\\""
          textColor: "#1f2a3c"
          lineColor: "#55657d"
          primaryColor: "#e8effc"
          primaryBorderColor: "#326ce5"
          primaryTextColor: "#173d8c"
          edgeLabelBackground: "#ffffff"
          signalColor: "#55657d"
          signalTextColor: "#3d4a5e"
          noteBkgColor: "#fdf1d8"
          noteBorderColor: "#c98a1a"
          noteTextColor: "#5b3d05"
          labelBoxBkgColor: "#e8effc"
          labelBoxBorderColor: "#326ce5"
          labelTextColor: "#173d8c"
          loopTextColor: "#1f2a3c"
      ---
      flowchart TB
        accTitle: HA cluster on AWS: Kubernetes architecture
        accDescr: The whole cluster: the control plane, the worker nodes with their pods, and what talks to them from outside. A highly available cluster on AWS: three control-plane nodes with stacked etcd and four worker nodes.
        subgraph ha_cloud ["HA cluster on AWS"]
          subgraph cp_1 ["control-plane 1"]
            cp_1_apiserver["kube-apiserver"]
            cp_1_scheduler["kube-scheduler"]
            cp_1_controller_manager["kube-controller-manager"]
            cp_1_cloud_controller_manager["cloud-controller-manager"]
            cp_1_etcd[("etcd")]
          end
          subgraph cp_2 ["control-plane 2"]
            cp_2_apiserver["kube-apiserver"]
            cp_2_scheduler["kube-scheduler"]
            cp_2_controller_manager["kube-controller-manager"]
            cp_2_cloud_controller_manager["cloud-controller-manager"]
            cp_2_etcd[("etcd")]
          end
          subgraph cp_3 ["control-plane 3"]
            cp_3_apiserver["kube-apiserver"]
            cp_3_scheduler["kube-scheduler"]
            cp_3_controller_manager["kube-controller-manager"]
            cp_3_cloud_controller_manager["cloud-controller-manager"]
            cp_3_etcd[("etcd")]
          end
          subgraph worker_1 ["worker 1"]
            worker_1_kubelet["kubelet"]
            worker_1_kube_proxy["kube-proxy"]
            worker_1_container_runtime["containerd"]
            subgraph web_1 ["web-1"]
              web_1_main("web")
            end
            subgraph api_1 ["api-1"]
              api_1_main("api")
            end
          end
          subgraph worker_2 ["worker 2"]
            worker_2_kubelet["kubelet"]
            worker_2_kube_proxy["kube-proxy"]
            worker_2_container_runtime["containerd"]
            subgraph web_2 ["web-2"]
              web_2_main("web")
            end
            subgraph api_2 ["api-2"]
              api_2_main("api")
            end
          end
          subgraph worker_3 ["worker 3"]
            worker_3_kubelet["kubelet"]
            worker_3_kube_proxy["kube-proxy"]
            worker_3_container_runtime["containerd"]
            subgraph web_3 ["web-3"]
              web_3_main("web")
            end
            subgraph queue_3 ["queue-3"]
              queue_3_main("queue")
            end
          end
          subgraph worker_4 ["worker 4"]
            worker_4_kubelet["kubelet"]
            worker_4_kube_proxy["kube-proxy"]
            worker_4_container_runtime["containerd"]
            subgraph web_4 ["web-4"]
              web_4_main("web")
            end
          end
        end
        kubectl(["kubectl"])
        load_balancer(["AWS load balancer"])
        aws_api(["AWS API"])
        kubectl -->|"REST / kubectl"| cp_1_apiserver
        kubectl -->|"REST / kubectl"| cp_2_apiserver
        kubectl -->|"REST / kubectl"| cp_3_apiserver
        cp_1_apiserver -->|"read / write state"| cp_1_etcd
        cp_1_scheduler -->|"watch pods, bind"| cp_1_apiserver
        cp_1_controller_manager -->|"watch, reconcile"| cp_1_apiserver
        cp_1_cloud_controller_manager -->|"watch, reconcile"| cp_1_apiserver
        cp_1_cloud_controller_manager -->|"nodes, routes, load balancers"| aws_api
        cp_2_apiserver -->|"read / write state"| cp_2_etcd
        cp_2_scheduler -->|"watch pods, bind"| cp_2_apiserver
        cp_2_controller_manager -->|"watch, reconcile"| cp_2_apiserver
        cp_2_cloud_controller_manager -->|"watch, reconcile"| cp_2_apiserver
        cp_2_cloud_controller_manager -->|"nodes, routes, load balancers"| aws_api
        cp_3_apiserver -->|"read / write state"| cp_3_etcd
        cp_3_scheduler -->|"watch pods, bind"| cp_3_apiserver
        cp_3_controller_manager -->|"watch, reconcile"| cp_3_apiserver
        cp_3_cloud_controller_manager -->|"watch, reconcile"| cp_3_apiserver
        cp_3_cloud_controller_manager -->|"nodes, routes, load balancers"| aws_api
        worker_1_kubelet -->|"register, watch pods, report status"| cp_1_apiserver
        worker_1_kubelet -->|"CRI"| worker_1_container_runtime
        worker_2_kubelet -->|"register, watch pods, report status"| cp_1_apiserver
        worker_2_kubelet -->|"CRI"| worker_2_container_runtime
        worker_3_kubelet -->|"register, watch pods, report status"| cp_1_apiserver
        worker_3_kubelet -->|"CRI"| worker_3_container_runtime
        worker_4_kubelet -->|"register, watch pods, report status"| cp_1_apiserver
        worker_4_kubelet -->|"CRI"| worker_4_container_runtime
        load_balancer -->|"routes traffic"| worker_1_kube_proxy
        load_balancer -->|"routes traffic"| worker_2_kube_proxy
        load_balancer -->|"routes traffic"| worker_3_kube_proxy
        load_balancer -->|"routes traffic"| worker_4_kube_proxy
        worker_1_kube_proxy -->|"routes traffic"| web_1
        worker_1_kube_proxy -->|"routes traffic"| api_1
        worker_2_kube_proxy -->|"routes traffic"| web_2
        worker_2_kube_proxy -->|"routes traffic"| api_2
        worker_3_kube_proxy -->|"routes traffic"| web_3
        worker_3_kube_proxy -->|"routes traffic"| queue_3
        worker_4_kube_proxy -->|"routes traffic"| web_4
        classDef cluster fill:#f7f9fc,stroke:#9aa8bd,color:#1f2a3c
        classDef control_plane_node fill:#e8effc,stroke:#326ce5,color:#173d8c
        classDef worker_node fill:#eef3f8,stroke:#5b7397,color:#243650
        classDef apiserver fill:#326ce5,stroke:#1d4fb8,color:#ffffff
        classDef scheduler fill:#3466cc,stroke:#1d4fb8,color:#ffffff
        classDef controller_manager fill:#2f5db8,stroke:#1d4fb8,color:#ffffff
        classDef cloud_controller_manager fill:#2a529f,stroke:#1d4fb8,color:#ffffff
        classDef etcd fill:#237bb4,stroke:#2677ad,color:#ffffff
        classDef kubelet fill:#128377,stroke:#0b6158,color:#ffffff
        classDef kube_proxy fill:#0f6b62,stroke:#0b6158,color:#ffffff
        classDef container_runtime fill:#5c6bc0,stroke:#3f4c9a,color:#ffffff
        classDef pod fill:#d6e6fb,stroke:#4a86d8,color:#16375f
        classDef container fill:#d73b20,stroke:#b23a26,color:#ffffff
        classDef kubectl fill:#ffffff,stroke:#5f6b7a,color:#1f2a3c
        classDef load_balancer fill:#fff4e0,stroke:#c98a1a,color:#5b3d05
        classDef cloud_provider fill:#f1ecfb,stroke:#7e57c2,color:#3b2370
        class ha_cloud cluster
        class cp_1,cp_2,cp_3 control_plane_node
        class worker_1,worker_2,worker_3,worker_4 worker_node
        class cp_1_apiserver,cp_2_apiserver,cp_3_apiserver apiserver
        class cp_1_scheduler,cp_2_scheduler,cp_3_scheduler scheduler
        class cp_1_controller_manager,cp_2_controller_manager,cp_3_controller_manager controller_manager
        class cp_1_cloud_controller_manager,cp_2_cloud_controller_manager,cp_3_cloud_controller_manager cloud_controller_manager
        class cp_1_etcd,cp_2_etcd,cp_3_etcd etcd
        class worker_1_kubelet,worker_2_kubelet,worker_3_kubelet,worker_4_kubelet kubelet
        class worker_1_kube_proxy,worker_2_kube_proxy,worker_3_kube_proxy,worker_4_kube_proxy kube_proxy
        class worker_1_container_runtime,worker_2_container_runtime,worker_3_container_runtime,worker_4_container_runtime container_runtime
        class web_1,api_1,web_2,api_2,web_3,queue_3,web_4 pod
        class web_1_main,api_1_main,web_2_main,api_2_main,web_3_main,queue_3_main,web_4_main container
        class kubectl kubectl
        class load_balancer load_balancer
        class aws_api cloud_provider
      "
    `);
  });

  test('toMermaid draws the control-plane view of the haCloud preset', () => {
    expect(toMermaid(presets.haCloud, { view: 'control-plane' })).toMatchInlineSnapshot(`
      "---
      config:
        theme: base
        themeVariables:
          darkMode: false
          background: "#ffffff"
          fontFamily: "\\"DejaVu Sans\\", Verdana, \\"Bitstream Vera Sans\\""
          textColor: "#1f2a3c"
          lineColor: "#55657d"
          primaryColor: "#e8effc"
          primaryBorderColor: "#326ce5"
          primaryTextColor: "#173d8c"
          edgeLabelBackground: "#ffffff"
          signalColor: "#55657d"
          signalTextColor: "#3d4a5e"
          noteBkgColor: "#fdf1d8"
          noteBorderColor: "#c98a1a"
          noteTextColor: "#5b3d05"
          labelBoxBkgColor: "#e8effc"
          labelBoxBorderColor: "#326ce5"
          labelTextColor: "#173d8c"
          loopTextColor: "#1f2a3c"
      ---
      flowchart TB
        accTitle: HA cluster on AWS: The control-plane node (control-plane 1)
        accDescr: One control-plane node in detail: the API server, the scheduler, the controller managers with their controllers, and etcd. A highly available cluster on AWS: three control-plane nodes with stacked etcd and four worker nodes.
        subgraph ha_cloud ["HA cluster on AWS"]
          subgraph cp_1 ["control-plane 1"]
            cp_1_apiserver["kube-apiserver"]
            cp_1_scheduler["kube-scheduler"]
            subgraph cp_1_controller_manager ["kube-controller-manager"]
              cp_1_controller_manager_node["node controller"]
              cp_1_controller_manager_replication["replication controller"]
              cp_1_controller_manager_endpoints["endpoints controller"]
              cp_1_controller_manager_service_account["service account controller"]
              cp_1_controller_manager_token["token controller"]
            end
            subgraph cp_1_cloud_controller_manager ["cloud-controller-manager"]
              cp_1_cloud_controller_manager_node["cloud node controller"]
              cp_1_cloud_controller_manager_route["route controller"]
              cp_1_cloud_controller_manager_service["service controller"]
            end
            cp_1_etcd[("etcd")]
          end
        end
        kubectl(["kubectl"])
        aws_api(["AWS API"])
        kubectl -->|"REST / kubectl"| cp_1_apiserver
        cp_1_apiserver -->|"read / write state"| cp_1_etcd
        cp_1_scheduler -->|"watch pods, bind"| cp_1_apiserver
        cp_1_controller_manager -->|"watch, reconcile"| cp_1_apiserver
        cp_1_cloud_controller_manager -->|"watch, reconcile"| cp_1_apiserver
        cp_1_cloud_controller_manager -->|"nodes, routes, load balancers"| aws_api
        classDef cluster fill:#f7f9fc,stroke:#9aa8bd,color:#1f2a3c
        classDef control_plane_node fill:#e8effc,stroke:#326ce5,color:#173d8c
        classDef apiserver fill:#326ce5,stroke:#1d4fb8,color:#ffffff
        classDef scheduler fill:#3466cc,stroke:#1d4fb8,color:#ffffff
        classDef controller_manager fill:#2f5db8,stroke:#1d4fb8,color:#ffffff
        classDef cloud_controller_manager fill:#2a529f,stroke:#1d4fb8,color:#ffffff
        classDef etcd fill:#237bb4,stroke:#2677ad,color:#ffffff
        classDef kubectl fill:#ffffff,stroke:#5f6b7a,color:#1f2a3c
        classDef cloud_provider fill:#f1ecfb,stroke:#7e57c2,color:#3b2370
        classDef controller fill:#ffffff,stroke:#7fa2ee,color:#173d8c
        class ha_cloud cluster
        class cp_1 control_plane_node
        class cp_1_apiserver apiserver
        class cp_1_scheduler scheduler
        class cp_1_controller_manager controller_manager
        class cp_1_cloud_controller_manager cloud_controller_manager
        class cp_1_etcd etcd
        class kubectl kubectl
        class aws_api cloud_provider
        class cp_1_controller_manager_node,cp_1_controller_manager_replication,cp_1_controller_manager_endpoints,cp_1_controller_manager_service_account,cp_1_controller_manager_token,cp_1_cloud_controller_manager_node,cp_1_cloud_controller_manager_route,cp_1_cloud_controller_manager_service controller
      "
    `);
  });

  test('toMermaid draws the worker view of the haCloud preset', () => {
    expect(toMermaid(presets.haCloud, { view: 'worker' })).toMatchInlineSnapshot(`
      "---
      config:
        theme: base
        themeVariables:
          darkMode: false
          background: "#ffffff"
          fontFamily: "\\"DejaVu Sans\\", Verdana, \\"Bitstream Vera Sans\\""
          textColor: "#1f2a3c"
          lineColor: "#55657d"
          primaryColor: "#e8effc"
          primaryBorderColor: "#326ce5"
          primaryTextColor: "#173d8c"
          edgeLabelBackground: "#ffffff"
          signalColor: "#55657d"
          signalTextColor: "#3d4a5e"
          noteBkgColor: "#fdf1d8"
          noteBorderColor: "#c98a1a"
          noteTextColor: "#5b3d05"
          labelBoxBkgColor: "#e8effc"
          labelBoxBorderColor: "#326ce5"
          labelTextColor: "#173d8c"
          loopTextColor: "#1f2a3c"
      ---
      flowchart TB
        accTitle: HA cluster on AWS: The worker node (worker 1)
        accDescr: One worker node in detail: the kubelet, kube-proxy and the container runtime, and the pods with their containers. A highly available cluster on AWS: three control-plane nodes with stacked etcd and four worker nodes.
        subgraph ha_cloud ["HA cluster on AWS"]
          subgraph cp_1 ["control-plane 1"]
            cp_1_apiserver["kube-apiserver"]
          end
          subgraph worker_1 ["worker 1"]
            worker_1_kubelet["kubelet"]
            worker_1_kube_proxy["kube-proxy"]
            worker_1_container_runtime["containerd"]
            subgraph web_1 ["web-1"]
              web_1_main("web")
            end
            subgraph api_1 ["api-1"]
              api_1_main("api")
            end
          end
        end
        load_balancer(["AWS load balancer"])
        worker_1_kubelet -->|"register, watch pods, report status"| cp_1_apiserver
        worker_1_kubelet -->|"CRI"| worker_1_container_runtime
        worker_1_container_runtime -->|"runs"| web_1_main
        worker_1_container_runtime -->|"runs"| api_1_main
        load_balancer -->|"routes traffic"| worker_1_kube_proxy
        worker_1_kube_proxy -->|"routes traffic"| web_1
        worker_1_kube_proxy -->|"routes traffic"| api_1
        classDef cluster fill:#f7f9fc,stroke:#9aa8bd,color:#1f2a3c
        classDef control_plane_node fill:#e8effc,stroke:#326ce5,color:#173d8c
        classDef worker_node fill:#eef3f8,stroke:#5b7397,color:#243650
        classDef apiserver fill:#326ce5,stroke:#1d4fb8,color:#ffffff
        classDef kubelet fill:#128377,stroke:#0b6158,color:#ffffff
        classDef kube_proxy fill:#0f6b62,stroke:#0b6158,color:#ffffff
        classDef container_runtime fill:#5c6bc0,stroke:#3f4c9a,color:#ffffff
        classDef pod fill:#d6e6fb,stroke:#4a86d8,color:#16375f
        classDef container fill:#d73b20,stroke:#b23a26,color:#ffffff
        classDef load_balancer fill:#fff4e0,stroke:#c98a1a,color:#5b3d05
        class ha_cloud cluster
        class cp_1 control_plane_node
        class worker_1 worker_node
        class cp_1_apiserver apiserver
        class worker_1_kubelet kubelet
        class worker_1_kube_proxy kube_proxy
        class worker_1_container_runtime container_runtime
        class web_1,api_1 pod
        class web_1_main,api_1_main container
        class load_balancer load_balancer
      "
    `);
  });

  test('toMermaid draws the request-flow view of the haCloud preset', () => {
    expect(toMermaid(presets.haCloud, { view: 'request-flow' })).toMatchInlineSnapshot(`
      "---
      config:
        theme: base
        themeVariables:
          darkMode: false
          background: "#ffffff"
          fontFamily: "\\"DejaVu Sans\\", Verdana, \\"Bitstream Vera Sans\\""
          textColor: "#1f2a3c"
          lineColor: "#55657d"
          primaryColor: "#e8effc"
          primaryBorderColor: "#326ce5"
          primaryTextColor: "#173d8c"
          edgeLabelBackground: "#ffffff"
          signalColor: "#55657d"
          signalTextColor: "#3d4a5e"
          noteBkgColor: "#fdf1d8"
          noteBorderColor: "#c98a1a"
          noteTextColor: "#5b3d05"
          labelBoxBkgColor: "#e8effc"
          labelBoxBorderColor: "#326ce5"
          labelTextColor: "#173d8c"
          loopTextColor: "#1f2a3c"
      ---
      sequenceDiagram
        accTitle: HA cluster on AWS: What happens on kubectl apply
        accDescr: The path of a Deployment from kubectl through the API server, etcd, the controllers and the scheduler to the kubelet and the container runtime. A highly available cluster on AWS: three control-plane nodes with stacked etcd and four worker nodes.
        autonumber
        actor kubectl as kubectl
        box rgb(232,239,252) control-plane 1
          participant cp_1_apiserver as kube-apiserver
          participant cp_1_etcd as etcd
          participant cp_1_controller_manager as kube-controller-manager
          participant cp_1_scheduler as kube-scheduler
        end
        box rgb(238,243,248) worker 1
          participant worker_1_kubelet as kubelet
          participant worker_1_container_runtime as containerd
        end
        kubectl->>cp_1_apiserver: apply Deployment (HTTPS request)
        cp_1_apiserver->>cp_1_etcd: authenticate, admit, store Deployment
        cp_1_apiserver-->>kubectl: created
        cp_1_controller_manager->>cp_1_apiserver: watch: new Deployment#59; create ReplicaSet
        cp_1_apiserver->>cp_1_etcd: store ReplicaSet
        cp_1_controller_manager->>cp_1_apiserver: watch: new ReplicaSet#59; create Pods
        cp_1_apiserver->>cp_1_etcd: store Pods (no node yet)
        cp_1_scheduler->>cp_1_apiserver: watch: unscheduled Pod#59; bind it to a node
        cp_1_apiserver->>cp_1_etcd: store binding
        worker_1_kubelet->>cp_1_apiserver: watch: Pod bound to my node
        worker_1_kubelet->>worker_1_container_runtime: CRI: run pod sandbox, pull image, start containers
        worker_1_container_runtime-->>worker_1_kubelet: containers running
        worker_1_kubelet->>cp_1_apiserver: update Pod status: Running
        cp_1_apiserver->>cp_1_etcd: store Pod status
      "
    `);
  });

  test('toMermaid draws the reconcile view of the haCloud preset', () => {
    expect(toMermaid(presets.haCloud, { view: 'reconcile' })).toMatchInlineSnapshot(`
      "---
      config:
        theme: base
        themeVariables:
          darkMode: false
          background: "#ffffff"
          fontFamily: "\\"DejaVu Sans\\", Verdana, \\"Bitstream Vera Sans\\""
          textColor: "#1f2a3c"
          lineColor: "#55657d"
          primaryColor: "#e8effc"
          primaryBorderColor: "#326ce5"
          primaryTextColor: "#173d8c"
          edgeLabelBackground: "#ffffff"
          signalColor: "#55657d"
          signalTextColor: "#3d4a5e"
          noteBkgColor: "#fdf1d8"
          noteBorderColor: "#c98a1a"
          noteTextColor: "#5b3d05"
          labelBoxBkgColor: "#e8effc"
          labelBoxBorderColor: "#326ce5"
          labelTextColor: "#173d8c"
          loopTextColor: "#1f2a3c"
      ---
      sequenceDiagram
        accTitle: HA cluster on AWS: The reconcile loop
        accDescr: Controllers compare the desired state with the current state and act until they match. A highly available cluster on AWS: three control-plane nodes with stacked etcd and four worker nodes.
        autonumber
        box rgb(232,239,252) control-plane 1
          participant cp_1_apiserver as kube-apiserver
          participant cp_1_etcd as etcd
          participant cp_1_controller_manager as kube-controller-manager
          participant cp_1_scheduler as kube-scheduler
        end
        box rgb(238,243,248) worker 1
          participant worker_1_kubelet as kubelet
        end
        loop Forever, on every change to the desired or the current state
          cp_1_controller_manager->>cp_1_apiserver: observe: watch desired and current state
          cp_1_apiserver->>cp_1_etcd: read spec and status
          cp_1_controller_manager->>cp_1_controller_manager: compare: desired replicas vs current replicas
          Note over cp_1_controller_manager: web (Deployment): desired 4, current 4, in sync, nothing to do<br>api (Deployment): desired 3, current 2, create 1 Pod<br>queue (Deployment): desired 1, current 1, in sync, nothing to do
          cp_1_controller_manager->>cp_1_apiserver: act: create or delete Pods to close the gap
          cp_1_scheduler->>cp_1_apiserver: bind new Pods to nodes
          worker_1_kubelet->>cp_1_apiserver: start them and report status
        end
      "
    `);
  });

  test('toMermaid draws the overview view of the local preset', () => {
    expect(toMermaid(presets.local, { view: 'overview' })).toMatchInlineSnapshot(`
      "---
      config:
        theme: base
        themeVariables:
          darkMode: false
          background: "#ffffff"
          fontFamily: "\\"DejaVu Sans\\", Verdana, \\"Bitstream Vera Sans\\""
          textColor: "#1f2a3c"
          lineColor: "#55657d"
          primaryColor: "#e8effc"
          primaryBorderColor: "#326ce5"
          primaryTextColor: "#173d8c"
          edgeLabelBackground: "#ffffff"
          signalColor: "#55657d"
          signalTextColor: "#3d4a5e"
          noteBkgColor: "#fdf1d8"
          noteBorderColor: "#c98a1a"
          noteTextColor: "#5b3d05"
          labelBoxBkgColor: "#e8effc"
          labelBoxBorderColor: "#326ce5"
          labelTextColor: "#173d8c"
          loopTextColor: "#1f2a3c"
      ---
      flowchart TB
        accTitle: Local cluster (kind): Kubernetes architecture
        accDescr: The whole cluster: the control plane, the worker nodes with their pods, and what talks to them from outside. A one-node cluster on a laptop, as kind or minikube create it: the control plane and the workloads share one node.
        subgraph local ["Local cluster (kind)"]
          subgraph kind_control_plane ["kind-control-plane"]
            kind_control_plane_apiserver["kube-apiserver"]
            kind_control_plane_scheduler["kube-scheduler"]
            kind_control_plane_controller_manager["kube-controller-manager"]
            kind_control_plane_etcd[("etcd")]
            kind_control_plane_kubelet["kubelet"]
            kind_control_plane_kube_proxy["kube-proxy"]
            kind_control_plane_container_runtime["containerd"]
            subgraph hello_1 ["hello-1"]
              hello_1_app("hello")
            end
            subgraph hello_2 ["hello-2"]
              hello_2_app("hello")
            end
          end
        end
        kubectl(["kubectl"])
        kubectl -->|"REST / kubectl"| kind_control_plane_apiserver
        kind_control_plane_apiserver -->|"read / write state"| kind_control_plane_etcd
        kind_control_plane_scheduler -->|"watch pods, bind"| kind_control_plane_apiserver
        kind_control_plane_controller_manager -->|"watch, reconcile"| kind_control_plane_apiserver
        kind_control_plane_kubelet -->|"register, watch pods, report status"| kind_control_plane_apiserver
        kind_control_plane_kubelet -->|"CRI"| kind_control_plane_container_runtime
        kind_control_plane_kube_proxy -->|"routes traffic"| hello_1
        kind_control_plane_kube_proxy -->|"routes traffic"| hello_2
        classDef cluster fill:#f7f9fc,stroke:#9aa8bd,color:#1f2a3c
        classDef control_plane_node fill:#e8effc,stroke:#326ce5,color:#173d8c
        classDef apiserver fill:#326ce5,stroke:#1d4fb8,color:#ffffff
        classDef scheduler fill:#3466cc,stroke:#1d4fb8,color:#ffffff
        classDef controller_manager fill:#2f5db8,stroke:#1d4fb8,color:#ffffff
        classDef etcd fill:#237bb4,stroke:#2677ad,color:#ffffff
        classDef kubelet fill:#128377,stroke:#0b6158,color:#ffffff
        classDef kube_proxy fill:#0f6b62,stroke:#0b6158,color:#ffffff
        classDef container_runtime fill:#5c6bc0,stroke:#3f4c9a,color:#ffffff
        classDef pod fill:#d6e6fb,stroke:#4a86d8,color:#16375f
        classDef container fill:#d73b20,stroke:#b23a26,color:#ffffff
        classDef kubectl fill:#ffffff,stroke:#5f6b7a,color:#1f2a3c
        class local cluster
        class kind_control_plane control_plane_node
        class kind_control_plane_apiserver apiserver
        class kind_control_plane_scheduler scheduler
        class kind_control_plane_controller_manager controller_manager
        class kind_control_plane_etcd etcd
        class kind_control_plane_kubelet kubelet
        class kind_control_plane_kube_proxy kube_proxy
        class kind_control_plane_container_runtime container_runtime
        class hello_1,hello_2 pod
        class hello_1_app,hello_2_app container
        class kubectl kubectl
      "
    `);
  });

  test('toMermaid draws the control-plane view of the local preset', () => {
    expect(toMermaid(presets.local, { view: 'control-plane' })).toMatchInlineSnapshot(`
      "---
      config:
        theme: base
        themeVariables:
          darkMode: false
          background: "#ffffff"
          fontFamily: "\\"DejaVu Sans\\", Verdana, \\"Bitstream Vera Sans\\""
          textColor: "#1f2a3c"
          lineColor: "#55657d"
          primaryColor: "#e8effc"
          primaryBorderColor: "#326ce5"
          primaryTextColor: "#173d8c"
          edgeLabelBackground: "#ffffff"
          signalColor: "#55657d"
          signalTextColor: "#3d4a5e"
          noteBkgColor: "#fdf1d8"
          noteBorderColor: "#c98a1a"
          noteTextColor: "#5b3d05"
          labelBoxBkgColor: "#e8effc"
          labelBoxBorderColor: "#326ce5"
          labelTextColor: "#173d8c"
          loopTextColor: "#1f2a3c"
      ---
      flowchart TB
        accTitle: Local cluster (kind): The control-plane node (kind-control-plane)
        accDescr: One control-plane node in detail: the API server, the scheduler, the controller managers with their controllers, and etcd. A one-node cluster on a laptop, as kind or minikube create it: the control plane and the workloads share one node.
        subgraph local ["Local cluster (kind)"]
          subgraph kind_control_plane ["kind-control-plane"]
            kind_control_plane_apiserver["kube-apiserver"]
            kind_control_plane_scheduler["kube-scheduler"]
            subgraph kind_control_plane_controller_manager ["kube-controller-manager"]
              kind_control_plane_controller_manager_node["node controller"]
              kind_control_plane_controller_manager_replication["replication controller"]
              kind_control_plane_controller_manager_endpoints["endpoints controller"]
              kind_control_plane_controller_manager_service_account["service account controller"]
              kind_control_plane_controller_manager_token["token controller"]
            end
            kind_control_plane_etcd[("etcd")]
          end
        end
        kubectl(["kubectl"])
        kubectl -->|"REST / kubectl"| kind_control_plane_apiserver
        kind_control_plane_apiserver -->|"read / write state"| kind_control_plane_etcd
        kind_control_plane_scheduler -->|"watch pods, bind"| kind_control_plane_apiserver
        kind_control_plane_controller_manager -->|"watch, reconcile"| kind_control_plane_apiserver
        classDef cluster fill:#f7f9fc,stroke:#9aa8bd,color:#1f2a3c
        classDef control_plane_node fill:#e8effc,stroke:#326ce5,color:#173d8c
        classDef apiserver fill:#326ce5,stroke:#1d4fb8,color:#ffffff
        classDef scheduler fill:#3466cc,stroke:#1d4fb8,color:#ffffff
        classDef controller_manager fill:#2f5db8,stroke:#1d4fb8,color:#ffffff
        classDef etcd fill:#237bb4,stroke:#2677ad,color:#ffffff
        classDef kubectl fill:#ffffff,stroke:#5f6b7a,color:#1f2a3c
        classDef controller fill:#ffffff,stroke:#7fa2ee,color:#173d8c
        class local cluster
        class kind_control_plane control_plane_node
        class kind_control_plane_apiserver apiserver
        class kind_control_plane_scheduler scheduler
        class kind_control_plane_controller_manager controller_manager
        class kind_control_plane_etcd etcd
        class kubectl kubectl
        class kind_control_plane_controller_manager_node,kind_control_plane_controller_manager_replication,kind_control_plane_controller_manager_endpoints,kind_control_plane_controller_manager_service_account,kind_control_plane_controller_manager_token controller
      "
    `);
  });

  test('toMermaid draws the worker view of the local preset', () => {
    expect(toMermaid(presets.local, { view: 'worker' })).toMatchInlineSnapshot(`
      "---
      config:
        theme: base
        themeVariables:
          darkMode: false
          background: "#ffffff"
          fontFamily: "\\"DejaVu Sans\\", Verdana, \\"Bitstream Vera Sans\\""
          textColor: "#1f2a3c"
          lineColor: "#55657d"
          primaryColor: "#e8effc"
          primaryBorderColor: "#326ce5"
          primaryTextColor: "#173d8c"
          edgeLabelBackground: "#ffffff"
          signalColor: "#55657d"
          signalTextColor: "#3d4a5e"
          noteBkgColor: "#fdf1d8"
          noteBorderColor: "#c98a1a"
          noteTextColor: "#5b3d05"
          labelBoxBkgColor: "#e8effc"
          labelBoxBorderColor: "#326ce5"
          labelTextColor: "#173d8c"
          loopTextColor: "#1f2a3c"
      ---
      flowchart TB
        accTitle: Local cluster (kind): The worker node (kind-control-plane)
        accDescr: One worker node in detail: the kubelet, kube-proxy and the container runtime, and the pods with their containers. A one-node cluster on a laptop, as kind or minikube create it: the control plane and the workloads share one node.
        subgraph local ["Local cluster (kind)"]
          subgraph kind_control_plane ["kind-control-plane"]
            kind_control_plane_apiserver["kube-apiserver"]
            kind_control_plane_kubelet["kubelet"]
            kind_control_plane_kube_proxy["kube-proxy"]
            kind_control_plane_container_runtime["containerd"]
            subgraph hello_1 ["hello-1"]
              hello_1_app("hello")
            end
            subgraph hello_2 ["hello-2"]
              hello_2_app("hello")
            end
          end
        end
        kind_control_plane_kubelet -->|"register, watch pods, report status"| kind_control_plane_apiserver
        kind_control_plane_kubelet -->|"CRI"| kind_control_plane_container_runtime
        kind_control_plane_container_runtime -->|"runs"| hello_1_app
        kind_control_plane_container_runtime -->|"runs"| hello_2_app
        kind_control_plane_kube_proxy -->|"routes traffic"| hello_1
        kind_control_plane_kube_proxy -->|"routes traffic"| hello_2
        classDef cluster fill:#f7f9fc,stroke:#9aa8bd,color:#1f2a3c
        classDef control_plane_node fill:#e8effc,stroke:#326ce5,color:#173d8c
        classDef apiserver fill:#326ce5,stroke:#1d4fb8,color:#ffffff
        classDef kubelet fill:#128377,stroke:#0b6158,color:#ffffff
        classDef kube_proxy fill:#0f6b62,stroke:#0b6158,color:#ffffff
        classDef container_runtime fill:#5c6bc0,stroke:#3f4c9a,color:#ffffff
        classDef pod fill:#d6e6fb,stroke:#4a86d8,color:#16375f
        classDef container fill:#d73b20,stroke:#b23a26,color:#ffffff
        class local cluster
        class kind_control_plane control_plane_node
        class kind_control_plane_apiserver apiserver
        class kind_control_plane_kubelet kubelet
        class kind_control_plane_kube_proxy kube_proxy
        class kind_control_plane_container_runtime container_runtime
        class hello_1,hello_2 pod
        class hello_1_app,hello_2_app container
      "
    `);
  });

  test('toMermaid draws the request-flow view of the local preset', () => {
    expect(toMermaid(presets.local, { view: 'request-flow' })).toMatchInlineSnapshot(`
      "---
      config:
        theme: base
        themeVariables:
          darkMode: false
          background: "#ffffff"
          fontFamily: "\\"DejaVu Sans\\", Verdana, \\"Bitstream Vera Sans\\""
          textColor: "#1f2a3c"
          lineColor: "#55657d"
          primaryColor: "#e8effc"
          primaryBorderColor: "#326ce5"
          primaryTextColor: "#173d8c"
          edgeLabelBackground: "#ffffff"
          signalColor: "#55657d"
          signalTextColor: "#3d4a5e"
          noteBkgColor: "#fdf1d8"
          noteBorderColor: "#c98a1a"
          noteTextColor: "#5b3d05"
          labelBoxBkgColor: "#e8effc"
          labelBoxBorderColor: "#326ce5"
          labelTextColor: "#173d8c"
          loopTextColor: "#1f2a3c"
      ---
      sequenceDiagram
        accTitle: Local cluster (kind): What happens on kubectl apply
        accDescr: The path of a Deployment from kubectl through the API server, etcd, the controllers and the scheduler to the kubelet and the container runtime. A one-node cluster on a laptop, as kind or minikube create it: the control plane and the workloads share one node.
        autonumber
        actor kubectl as kubectl
        box rgb(232,239,252) kind-control-plane
          participant kind_control_plane_apiserver as kube-apiserver
          participant kind_control_plane_etcd as etcd
          participant kind_control_plane_controller_manager as kube-controller-manager
          participant kind_control_plane_scheduler as kube-scheduler
          participant kind_control_plane_kubelet as kubelet
          participant kind_control_plane_container_runtime as containerd
        end
        kubectl->>kind_control_plane_apiserver: apply Deployment (HTTPS request)
        kind_control_plane_apiserver->>kind_control_plane_etcd: authenticate, admit, store Deployment
        kind_control_plane_apiserver-->>kubectl: created
        kind_control_plane_controller_manager->>kind_control_plane_apiserver: watch: new Deployment#59; create ReplicaSet
        kind_control_plane_apiserver->>kind_control_plane_etcd: store ReplicaSet
        kind_control_plane_controller_manager->>kind_control_plane_apiserver: watch: new ReplicaSet#59; create Pods
        kind_control_plane_apiserver->>kind_control_plane_etcd: store Pods (no node yet)
        kind_control_plane_scheduler->>kind_control_plane_apiserver: watch: unscheduled Pod#59; bind it to a node
        kind_control_plane_apiserver->>kind_control_plane_etcd: store binding
        kind_control_plane_kubelet->>kind_control_plane_apiserver: watch: Pod bound to my node
        kind_control_plane_kubelet->>kind_control_plane_container_runtime: CRI: run pod sandbox, pull image, start containers
        kind_control_plane_container_runtime-->>kind_control_plane_kubelet: containers running
        kind_control_plane_kubelet->>kind_control_plane_apiserver: update Pod status: Running
        kind_control_plane_apiserver->>kind_control_plane_etcd: store Pod status
      "
    `);
  });

  test('toMermaid draws the reconcile view of the local preset', () => {
    expect(toMermaid(presets.local, { view: 'reconcile' })).toMatchInlineSnapshot(`
      "---
      config:
        theme: base
        themeVariables:
          darkMode: false
          background: "#ffffff"
          fontFamily: "\\"DejaVu Sans\\", Verdana, \\"Bitstream Vera Sans\\""
          textColor: "#1f2a3c"
          lineColor: "#55657d"
          primaryColor: "#e8effc"
          primaryBorderColor: "#326ce5"
          primaryTextColor: "#173d8c"
          edgeLabelBackground: "#ffffff"
          signalColor: "#55657d"
          signalTextColor: "#3d4a5e"
          noteBkgColor: "#fdf1d8"
          noteBorderColor: "#c98a1a"
          noteTextColor: "#5b3d05"
          labelBoxBkgColor: "#e8effc"
          labelBoxBorderColor: "#326ce5"
          labelTextColor: "#173d8c"
          loopTextColor: "#1f2a3c"
      ---
      sequenceDiagram
        accTitle: Local cluster (kind): The reconcile loop
        accDescr: Controllers compare the desired state with the current state and act until they match. A one-node cluster on a laptop, as kind or minikube create it: the control plane and the workloads share one node.
        autonumber
        box rgb(232,239,252) kind-control-plane
          participant kind_control_plane_apiserver as kube-apiserver
          participant kind_control_plane_etcd as etcd
          participant kind_control_plane_controller_manager as kube-controller-manager
          participant kind_control_plane_scheduler as kube-scheduler
          participant kind_control_plane_kubelet as kubelet
        end
        loop Forever, on every change to the desired or the current state
          kind_control_plane_controller_manager->>kind_control_plane_apiserver: observe: watch desired and current state
          kind_control_plane_apiserver->>kind_control_plane_etcd: read spec and status
          kind_control_plane_controller_manager->>kind_control_plane_controller_manager: compare: desired replicas vs current replicas
          Note over kind_control_plane_controller_manager: hello (Deployment): desired 2, current 2, in sync, nothing to do
          kind_control_plane_controller_manager->>kind_control_plane_apiserver: act: create or delete Pods to close the gap
          kind_control_plane_scheduler->>kind_control_plane_apiserver: bind new Pods to nodes
          kind_control_plane_kubelet->>kind_control_plane_apiserver: start them and report status
        end
      "
    `);
  });
});

describe('toMermaid of large clusters', () => {
  test('toMermaid(cluster, { mergeReplicas: true }) draws replicas once and still accepts the id of a merged one as a highlight', () => {
    const text = toMermaid(presets.local, { mergeReplicas: true, highlight: ['hello-2'] });
    expect(text).toContain('"hello ×2"');
    expect(text).not.toContain('"hello-2"');
  });
});
