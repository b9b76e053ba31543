/** One file of a starter course: its path inside the course folder and its text. */
export interface StarterFile {
  path: string;
  text: string;
}

/** Options of `starterCourse`. */
export interface StarterCourseOptions {
  /** The package name in `package.json` (default "my-course"). */
  name?: string;
  /** The version range of `kubegram` the course depends on (default "*"). */
  kubegramVersion?: string;
}

const LESSON = `---
id: "1"
order: 1
title: 'Your first lesson'
excerpt: 'A cluster drawn from the model in models/cluster.yaml'
coverImage: ''
module: 'Introduction'
videoId: ''
duration: '5 min'
---

# Your first lesson

A lesson is Markdown. A diagram is an image whose title starts with \`kubegram:\`: the model to
draw, the view after \`#\`, and options such as \`highlight=\`. \`npm run diagrams\` writes the
picture where the image path points, so the lesson shows it wherever Markdown is read.

![The parts of the cluster, the API server highlighted](diagrams/overview.svg "kubegram: ../models/cluster.yaml#overview highlight=cp-1-apiserver")

## Next steps

- Add a pod or a worker node to \`models/cluster.yaml\`, then run \`npm run diagrams\`.
- \`npm run check\` reports whatever does not fit, with the file, line and column: an id the model
  does not have, a view that does not exist, a picture older than its model.
`;

const MODEL = `# The cluster the lessons draw. Kubernetes' own parts are implied: the control-plane node gets
# the API server (cp-1-apiserver), the scheduler, the controller manager and etcd; the worker gets
# the kubelet (worker-1-kubelet), kube-proxy and a container runtime.
id: my-cluster
nodes:
  - { id: cp-1, role: control-plane }
  - id: worker-1
    role: worker
    pods:
      - id: web-1
        containers: [{ image: nginx:1.27 }]
actors:
  - { id: kubectl, kind: kubectl }
`;

const GITIGNORE = `node_modules/
dist/
`;

const WORKFLOW = `# Checks the lessons, the models and the committed pictures on every push and pull request.
name: check
on: [push, pull_request]
jobs:
  check:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 22
      - run: npm install
      - run: npx kubegram check .
`;

/**
 * The files of a course to start from: one lesson with a diagram reference, its model in YAML,
 * \`package.json\` with the \`check\`, \`diagrams\` and \`build\` scripts, a \`.gitignore\` and a
 * GitHub Actions workflow that runs \`kubegram check\`. The pictures are not among them: they are
 * drawn from the model.
 */
export function starterCourse(options: StarterCourseOptions = {}): StarterFile[] {
  const pkg = {
    name: options.name ?? 'my-course',
    private: true,
    scripts: { check: 'kubegram check', diagrams: 'kubegram diagrams', build: 'kubegram build' },
    devDependencies: { kubegram: options.kubegramVersion ?? '*' },
  };
  return [
    { path: 'intro/first-lesson.md', text: LESSON },
    { path: 'models/cluster.yaml', text: MODEL },
    { path: 'package.json', text: `${JSON.stringify(pkg, null, 2)}\n` },
    { path: '.gitignore', text: GITIGNORE },
    { path: '.github/workflows/check.yml', text: WORKFLOW },
  ];
}
