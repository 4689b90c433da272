// Child processes that cannot outlive their starter: each runs in its own
// process group, and the group (the child and everything it forked, such as
// `next start`'s next-server) is ended on stop(), on exit and on Ctrl+C.
import { spawn, type ChildProcess, type SpawnOptions } from "node:child_process";

const live = new Set<number>();

function killGroup(pid: number, signal: NodeJS.Signals) {
  try {
    process.kill(-pid, signal);
  } catch {} // already gone
}

let hooked = false;
function hookParentExit() {
  if (hooked) return;
  hooked = true;
  process.once("exit", () => {
    for (const pid of live) killGroup(pid, "SIGKILL");
  });
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    const onSignal = () => {
      for (const pid of live) killGroup(pid, "SIGKILL");
      live.clear();
      // Leave the signal to whoever else listens (vitest), or do what it would by default.
      if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
    };
    process.once(signal, onSignal);
  }
}

export type TGroup = { child: ChildProcess; pid: number; stop: () => Promise<void>; exited: Promise<void> };

export function startGroup(command: string, args: string[], options: SpawnOptions = {}): TGroup {
  hookParentExit();
  const child = spawn(command, args, { ...options, detached: true });
  if (child.pid === undefined) throw new Error(`could not start ${command}`);
  const pid = child.pid;
  live.add(pid);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async () => {
    if (!live.delete(pid)) return;
    killGroup(pid, "SIGTERM");
    const timer = setTimeout(() => killGroup(pid, "SIGKILL"), 5_000);
    await exited;
    clearTimeout(timer);
    // The leader is gone; anything it forked that ignored SIGTERM goes now.
    killGroup(pid, "SIGKILL");
  };
  return { child, pid, stop, exited };
}
