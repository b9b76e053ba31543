import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from './cli.js';

async function run(argv: string[]) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const collect = (s: PassThrough) => {
    let text = '';
    s.on('data', (c: Buffer) => (text += c.toString()));
    return () => text;
  };
  const out = collect(stdout);
  const err = collect(stderr);
  const code = await main(argv, { stdin: new PassThrough(), stdout, stderr, cwd: process.cwd() });
  return { code, stdout: out(), stderr: err() };
}

describe('main', () => {
  it('prints the command list for --help', async () => {
    const { code, stdout } = await run(['--help']);
    expect(code).toBe(0);
    expect(stdout).toMatchInlineSnapshot(`
      "Usage: kubegram <command> [options]

      Kubernetes architecture diagrams from a typed cluster model.

      Commands:
        render     Draw one view of a model as SVG, Mermaid, PNG or Text
        diagrams   Regenerate (or --check, or --watch) every diagram the lessons reference
        import     Turn kubectl output of a real cluster into a model (YAML or JSON)
        build      Build the course site and its slide decks from a folder of lessons
        slides     Turn a lesson or a folder of lessons into slide decks (HTML, PDF)
        validate   Check a model and print every problem with its path
        check      Check lessons, models, diagram references and committed pictures, for CI
        init       Start a course: a lesson, a model, its picture, scripts and a CI workflow

      Options:
        -h, --help       show help (also: kubegram <command> --help)
        -V, --version    print the version
            --debug      print stack traces of unexpected errors

      Exit codes: 0 ok, 1 a check or validation failed, 2 bad usage, unreadable input or unwritable output.
      Ctrl-C or SIGTERM stops any command at once (status 130 or 143), leaving no partial file.
      "
    `);
  });

  it('exits 2 with the help on standard error when no command is given', async () => {
    const { code, stdout, stderr } = await run([]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('Usage: kubegram <command>');
  });

  it('suggests the nearest command for a typo', async () => {
    const { code, stderr } = await run(['rendr']);
    expect(code).toBe(2);
    expect(stderr).toBe('kubegram: unknown command "rendr" (did you mean "render"?)\nRun "kubegram --help" for the list of commands.\n');
  });

  it('prints the help of render', async () => {
    expect((await run(['render', '--help'])).stdout).toMatchInlineSnapshot(`
      "Usage: kubegram render <model> [options]

      Draw one view of a cluster model. Writes to standard output unless -o is given, so it pipes:

        kubegram render cluster.yaml --view worker > worker.svg
        kubectl get nodes,pods -A -o json | kubegram import - | kubegram render - -o cluster.png

      Arguments:
        <model>                a .ts/.js module (default export or "cluster"), a .yaml/.json model,
                               or - for a YAML/JSON model on standard input

      Options:
            --preset <name>    draw a built-in model instead: course, haCloud or local
            --view <view>      overview (default), control-plane, worker, request-flow, reconcile,
                               networking, workloads
        -f, --format <fmt>     svg, mermaid, png or text (default: from the -o extension, else svg)
        -t, --theme <theme>    light (default), dark, or auto: SVG colours that follow the page's
                               light or dark scheme (SVG only; Mermaid takes light)
            --highlight <ids>  comma-separated element ids to emphasise; the rest is dimmed
            --node <id>        the node a control-plane or worker view shows
            --scale <n>        PNG pixels per SVG unit (default 2)
            --fit <w>[x<h>]    lay the picture out for a frame of this many pixels (for example 1200
                               or 1200x675), folding detail so labels stay readable in it
        -o, --output <file>    write here instead of standard output (- for standard output): a file
                               is replaced atomically (through a link, the file it points to), a
                               device or named pipe written through; never the model itself
        -h, --help             show this help

      Large, real clusters:
            --namespace <ns>   draw only this namespace (repeatable, or comma-separated)
            --exclude-namespace <ns>
                               leave this namespace out (repeatable, or comma-separated)
            --show-system      draw the system namespaces' pods (kube-system, kube-*, ...) one by one;
                               by default they fold into one pod per node, unless named by --namespace
            --collapse-pods    draw the replicas of a workload on one node once, as "web ×3"
            --expand <ids>     with --collapse-pods: comma-separated workloads to keep apart
            --group-nodes [n]  draw each node pool (pool label, else instance type and role) with
                               more than n nodes (default 3) as one node, "pool ×N"
      "
    `);
  });

  it('prints the help of diagrams', async () => {
    expect((await run(['help', 'diagrams'])).stdout).toMatchInlineSnapshot(`
      "Usage: kubegram diagrams [dir] [options]

      Find every diagram the Markdown under <dir> references and write its SVG where the image path
      points (relative to the lesson), so the Markdown shows the picture anywhere. A reference is an
      image whose title starts with "kubegram:":

        ![A worker node](diagrams/worker.svg "kubegram: ../models/course.ts#worker highlight=worker-1-kubelet")

      Unchanged files are not rewritten; every write is atomic.

      Arguments:
        [dir]                  the folder to search for Markdown (default: the current folder)

      Options:
            --check            write nothing; exit 1 listing every stale or missing file (for CI)
        -w, --watch            regenerate what a change to a lesson or a model affects, until Ctrl-C
            --mermaid          also write a .mmd Mermaid file beside each SVG
            --out-dir <dir>    write into this folder, mirroring <dir>, instead of next to the lessons
        -t, --theme <theme>    light (default) or dark
        -q, --quiet            print only problems
        -h, --help             show this help
      "
    `);
  });

  it('prints the help of import', async () => {
    expect((await run(['import', '-h'])).stdout).toMatchInlineSnapshot(`
      "Usage: kubegram import <file|folder|->... [options]

      Turn a real cluster into a model (YAML, or JSON with -o <file>.json), ready for
      "kubegram render". Reads what "kubectl get nodes,pods -A -o json" (or -o yaml) prints,
      List and typed lists, "kubectl get all -A -o yaml", "kubectl cluster-info dump",
      multi-document manifests, "helm template" output, and folders of such files (support
      bundles), recursively.

        kubectl get nodes,pods -A -o json | kubegram import - -o cluster.yaml
        kubectl get nodes,pods -A -o json | kubegram import - -o cluster.json
        helm template my-release ./chart | kubegram import -
        kubegram import ./support-bundle/cluster-resources -o cluster.yaml
        kubegram render cluster.yaml -o cluster.svg

      Node roles come from node-role.kubernetes.io labels and the control-plane static pods,
      capacity from status.capacity, pods from spec.nodeName, workloads from owner references.
      Notes on standard error list what was left out: objects the model has no place for yet
      (ConfigMaps, Secrets, RBAC, volumes, network policies, ...), pods not scheduled to a node,
      and ingress routes to services missing from the input. A model of thousands of nodes reads
      back several times faster as JSON.

      Arguments:
        <file|folder|->      kubectl JSON or YAML output, a folder of it, or - for standard input

      Options:
        -o, --output <file>  write the model here instead of standard output (- for standard output),
                             never over one of its inputs; a name ending in .json gets JSON
            --id <id>        id of the cluster in the model (default: from the first file name)
            --label <text>   label of the cluster in diagrams
            --namespace <ns> keep only the pods, workloads, services and ingresses of this namespace
                             (repeatable, or comma-separated); nodes and the control plane stay
            --exclude-namespace <ns>
                             leave this namespace's objects out (repeatable, or comma-separated)
        -q, --quiet          do not print notes about what was left out
        -h, --help           show this help
      "
    `);
  });

  it('prints the help of validate', async () => {
    expect((await run(['validate', '--help'])).stdout).toMatchInlineSnapshot(`
      "Usage: kubegram validate <model> [options]

      Check a cluster model and print every problem with the file, line, column and path inside the
      model. Exits 1 when the model has errors; warnings alone do not fail.

      Arguments:
        <model>              a .ts/.js module, a .yaml/.json file, or - for YAML/JSON on stdin

      Options:
            --preset <name>  check a built-in model instead: course, haCloud or local
        -q, --quiet          print problems only, no summary line
        -h, --help           show this help
      "
    `);
  });

  it('turns an unknown option into a usage error naming the command', async () => {
    const { code, stderr } = await run(['validate', '--presett', 'course']);
    expect(code).toBe(2);
    expect(stderr).toBe(`kubegram validate: unknown option '--presett'\nRun "kubegram validate --help" for usage.\n`);
  });

  it('render --theme auto writes an SVG whose colours follow the page', async () => {
    const { code, stdout } = await run(['render', '--preset', 'course', '--theme', 'auto']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^<svg [^>]*data-theme="auto"/);
  });

  it('render --theme auto to PNG is a usage error that names the themes a PNG takes', async () => {
    const { code, stderr } = await run(['render', '--preset', 'course', '--theme', 'auto', '--format', 'png', '-o', '-']);
    expect(code).toBe(2);
    expect(stderr).toContain('kubegram render: --theme auto needs a format with a stylesheet, such as svg; a PNG is drawn in fixed colours: give --theme light or --theme dark');
  });

  it('rejects --check with --watch', async () => {
    const { code, stderr } = await run(['diagrams', '--check', '--watch']);
    expect(code).toBe(2);
    expect(stderr).toContain('--check and --watch do not go together');
  });
});
