// A shell prompt ("$ ", "user@host:~$ ", "PS C:\> ", "> ") or a bare command that prints
// Kubernetes objects, as people paste them above the output they copied.
const PROMPT = /^\s*(?:\S*[@:~]\S*\s*)?(?:[$%>❯➜]|PS [A-Za-z]:\\[^>]*>)\s*\S/;
const COMMAND = /^\s*(?:sudo\s+)?(?:kubectl|kubecolor|oc|k|k3s\s+kubectl|microk8s[\s.]kubectl|minikube\s+kubectl|helm|kustomize)(?:\s|$)/;

/** Whether a line is a pasted shell command or prompt rather than kubectl output. */
export function isCommandLine(line: string): boolean {
  return PROMPT.test(line) || COMMAND.test(line);
}

// kubectl's default output is a table: "NAME  STATUS  ROLES ..." or "NAMESPACE  NAME ...".
/** Whether a line is the header of kubectl's table output. */
export function isTableHeader(line: string): boolean {
  return /^\s*(?:NAMESPACE\s+)?NAME\s{2,}\S/.test(line);
}
