/**
 * Runs the compiled server as `npm start` does (`node dist/main.js`), with only the environment a test gives it
 * and from an empty working directory (so no stray .env is read), keeping everything it prints on stdout and
 * stderr. `spawnWhoowns` resolves once the server says it is listening; `runWhoowns` waits for it to exit.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const MAIN = new URL("../../../dist/main.js", import.meta.url).pathname;

export interface Exit {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

export interface WhoownsProcess {
  readonly url: string;
  readonly pid: number;
  readonly stdout: () => string;
  readonly stderr: () => string;
  /** Resolves when the process has exited. */
  readonly exited: Promise<Exit>;
  /** Sends `signal` (SIGTERM by default) and waits for the exit. */
  readonly stop: (signal?: NodeJS.Signals) => Promise<Exit>;
}

function start(env: Record<string, string>): { child: ChildProcess; exited: Promise<Exit>; out: string[] } {
  const cwd = mkdtempSync(join(tmpdir(), "whoowns-run-"));
  const child = spawn(process.execPath, [MAIN], {
    cwd,
    env: { PATH: process.env.PATH ?? "", PORT: "0", HOST: "127.0.0.1", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const out = ["", ""];
  child.stdout?.on("data", (chunk: Buffer) => {
    out[0] += chunk.toString("utf8");
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    out[1] += chunk.toString("utf8");
  });
  const exited = new Promise<Exit>((resolve) => {
    child.once("close", (code, signal) => {
      rmSync(cwd, { recursive: true, force: true });
      resolve({ code, signal, stdout: out[0] ?? "", stderr: out[1] ?? "" });
    });
  });
  return { child, exited, out };
}

/** Starts the server and resolves with its URL once it logs that it listens. */
export async function spawnWhoowns(env: Record<string, string>, timeoutMs = 15_000): Promise<WhoownsProcess> {
  const { child, exited, out } = start(env);
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`whoowns did not start in ${timeoutMs} ms:\n${out.join("\n")}`));
    }, timeoutMs);
    const check = () => {
      const listening = (out[0] ?? "").split("\n").find((line) => line.includes('"whoowns is listening"'));
      if (!listening) return;
      clearTimeout(timer);
      child.stdout?.off("data", check);
      resolve(String((JSON.parse(listening) as { url: string }).url));
    };
    child.stdout?.on("data", check);
    exited.then((exit) => {
      clearTimeout(timer);
      reject(new Error(`whoowns exited (${exit.code}) before listening:\n${exit.stdout}\n${exit.stderr}`));
    });
  });
  return {
    url,
    pid: child.pid ?? 0,
    stdout: () => out[0] ?? "",
    stderr: () => out[1] ?? "",
    exited,
    stop(signal = "SIGTERM") {
      child.kill(signal);
      return exited;
    },
  };
}

/** Runs the server until it exits by itself (start-up failures), killing it after `timeoutMs`. */
export async function runWhoowns(env: Record<string, string>, timeoutMs = 15_000): Promise<Exit> {
  const { child, exited } = start(env);
  const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
  const exit = await exited;
  clearTimeout(timer);
  return exit;
}
