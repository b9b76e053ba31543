import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The launcher the package's bin points at. */
export const BIN = fileURLToPath(new URL('../bin/kubegram.cjs', import.meta.url));

/** The command line's bundle, which the launcher runs. */
export const BUNDLE = fileURLToPath(new URL('../dist/cli.cjs', import.meta.url));

/** What a run of the binary gave. */
export interface RunResult {
  code: number | null;
  stdout: string;
  bytes: Buffer;
  stderr: string;
}

/** Runs the real binary with Node, feeding `input` on standard input. */
export function kubegram(args: string[], options: { cwd?: string; input?: string | Buffer } = {}): Promise<RunResult> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: options.cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => err.push(c));
    child.on('error', fail);
    child.on('close', (code) => {
      const bytes = Buffer.concat(out);
      done({ code, stdout: bytes.toString('utf8'), bytes, stderr: Buffer.concat(err).toString('utf8') });
    });
    child.stdin.end(options.input ?? '');
  });
}
