/**
 * The target of the load bench: the compiled server as `npm start` runs it (`node dist/main.js`, LOG_LEVEL=info,
 * one log line per request written to a file), on a free loopback port, with Slack in HTTP mode and Teams in
 * unauthenticated local mode, talking to a fake Slack Web API and Bot Framework connector that run in a process
 * of their own (this file, forked with a role). Reads the server's memory from the outside: VmRSS from /proc, and
 * the live JavaScript heap after a full collection through the inspector, which listens on loopback only.
 */
import { type ChildProcess, fork, spawn } from "node:child_process";
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { WebSocket } from "ws";

const MAIN = fileURLToPath(new URL("../dist/main.js", import.meta.url));
const ROLE_VARIABLE = "WHOOWNS_BENCH_LOAD_ROLE";

export interface LoadTarget {
  readonly url: string;
  /** Where the fake connector listens, for the activities' serviceUrl. */
  readonly serviceUrl: string;
  readonly rssMb: () => number;
  /** Runs a full garbage collection in the server and returns the heap still in use, in MB. */
  readonly liveHeapMb: () => Promise<number>;
  /** Durations (ms) of the requests completed since the last call, per path, from the server's request log. */
  readonly takeDurations: () => Map<string, number[]>;
  readonly stop: () => void;
}

export async function startLoadTarget(env: Record<string, string>): Promise<LoadTarget> {
  const fakes = await startFakes();
  const port = await freePort();
  const cwd = mkdtempSync(join(tmpdir(), "whoowns-load-"));
  const logFile = join(cwd, "server.log");
  const out = openSync(logFile, "w");
  const child = spawn(process.execPath, ["--inspect=127.0.0.1:0", MAIN], {
    cwd,
    env: {
      PATH: process.env.PATH ?? "",
      HOST: "127.0.0.1",
      PORT: String(port),
      LOG_LEVEL: "info",
      SLACK_API_URL: `${fakes.url}/api/`,
      ...env,
    },
    stdio: ["ignore", out, "pipe"],
  });
  const inspector = await inspectorUrl(child);
  const url = `http://127.0.0.1:${port}`;
  for (let attempt = 0; ; attempt++) {
    if (child.exitCode !== null) throw new Error(`whoowns exited (${child.exitCode}) before it was ready`);
    const ready = await fetch(`${url}/readyz`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) break;
    if (attempt > 200) throw new Error("whoowns did not become ready in 20 s");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  let offset = 0;
  return {
    url,
    serviceUrl: `${fakes.url}/connector/`,
    rssMb: () => {
      const status = readFileSync(`/proc/${child.pid}/status`, "utf8");
      return Math.round(Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1] ?? Number.NaN) / 1024);
    },
    liveHeapMb: async () => {
      const [, usage] = await callInspector(inspector, [
        "HeapProfiler.collectGarbage",
        "Runtime.getHeapUsage",
      ]);
      return Math.round(((usage as { usedSize: number }).usedSize / 1024 / 1024) * 10) / 10;
    },
    takeDurations: () => {
      const log = readFileSync(logFile);
      const end = log.lastIndexOf("\n") + 1;
      const fresh = log.subarray(offset, end).toString("utf8");
      offset = end;
      const durations = new Map<string, number[]>();
      for (const line of fresh.split("\n")) {
        if (!line.includes('"request completed"')) continue;
        const { path, ms } = JSON.parse(line) as { path: string; ms: number };
        const list = durations.get(path) ?? [];
        list.push(ms);
        durations.set(path, list);
      }
      return durations;
    },
    stop: () => {
      child.once("exit", () => {
        closeSync(out);
        rmSync(cwd, { recursive: true, force: true });
      });
      child.kill("SIGTERM");
      fakes.stop();
    },
  };
}

/** Reads the inspector's WebSocket address from the child's stderr, passing everything else through. */
function inspectorUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`whoowns exited (${code}) before its inspector listened`)));
    child.stderr?.setEncoding("utf8");
    child.stderr?.on("data", (text: string) => {
      const found = /Debugger listening on (ws:\/\/\S+)/.exec(text);
      if (found?.[1]) resolve(found[1]);
      const rest = text
        .split("\n")
        .filter((line) => line && !/^Debugger (?:listening|attached|ending)|^For help, see/.test(line));
      if (rest.length > 0) process.stderr.write(`${rest.join("\n")}\n`);
    });
  });
}

/** Sends the inspector methods one after another on one session and returns their results. */
function callInspector(url: string, methods: readonly string[]): Promise<unknown[]> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url);
    const results: unknown[] = [];
    const send = () => socket.send(JSON.stringify({ id: results.length, method: methods[results.length] }));
    socket.on("open", send);
    socket.on("error", reject);
    socket.on("message", (data) => {
      const message = JSON.parse(String(data)) as { id?: number; result?: unknown; error?: unknown };
      if (message.id !== results.length) return;
      if (message.error) reject(new Error(JSON.stringify(message.error)));
      results.push(message.result);
      if (results.length < methods.length) send();
      else {
        socket.close();
        resolve(results);
      }
    });
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** Forks this file as the fakes' process and resolves with their base URL. */
function startFakes(): Promise<{ url: string; stop: () => void }> {
  const child = fork(fileURLToPath(import.meta.url), [], {
    env: { ...process.env, [ROLE_VARIABLE]: "fakes" },
    execArgv: ["--import", import.meta.resolve("tsx")],
    stdio: ["ignore", "ignore", "inherit", "ipc"],
  });
  return new Promise((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", (code) => reject(new Error(`bench fakes exited early (${code})`)));
    child.once("message", (message) => {
      child.removeAllListeners("exit");
      resolve({ url: String((message as { url: string }).url), stop: () => child.kill() });
    });
  });
}

/** The fakes' side: Slack's auth.test (asked once at start) and a connector that accepts every post. */
async function serveFakes(): Promise<void> {
  process.once("SIGTERM", () => process.exit(0));
  const server = createServer((request, response) => {
    request.resume();
    request.on("end", () => {
      response.writeHead(200, { "content-type": "application/json" });
      response.end(
        request.url?.startsWith("/connector/")
          ? '{"id":"posted"}'
          : '{"ok":true,"user_id":"UBENCH","bot_id":"BBENCH","team_id":"T0000001"}',
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  process.send?.({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` });
}

if (process.env[ROLE_VARIABLE] === "fakes") await serveFakes();
