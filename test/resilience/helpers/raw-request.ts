/**
 * HTTP requests as a hostile client sends them, which fetch will not: any Host header, any content type or
 * none, raw bytes, Slack signatures over exactly those bytes. Each request either completes or fails the test
 * after `timeoutMs` (a hang), so "bounded time per request" is checked without asserting any timing. Also a
 * pipelined pair on one raw connection, to see whether a refused upload leaves the connection usable.
 */
import { createHmac } from "node:crypto";
import { request as httpRequest } from "node:http";
import { connect } from "node:net";

export interface RawResponse {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: string;
}

export interface RawRequest {
  readonly method?: string;
  readonly path: string;
  readonly headers?: Record<string, string>;
  readonly body?: string | Buffer;
  readonly timeoutMs?: number;
}

export function rawRequest(baseUrl: string, options: RawRequest): Promise<RawResponse> {
  const url = new URL(options.path, baseUrl);
  const timeoutMs = options.timeoutMs ?? 15_000;
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      url,
      { method: options.method ?? "POST", headers: options.headers ?? {}, agent: false },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(chunks).toString("utf8"),
          }),
        );
        response.on("error", reject);
      },
    );
    request.setTimeout(timeoutMs, () =>
      request.destroy(new Error(`${options.method ?? "POST"} ${options.path} did not complete (hung)`)),
    );
    request.on("error", reject);
    request.end(options.body);
  });
}

/** Slack's v0 signature headers over `body` with `secret`, timestamped now. */
export function slackSignature(secret: string, body: string | Buffer): Record<string, string> {
  const timestamp = Math.floor(Date.now() / 1000);
  const hmac = createHmac("sha256", secret).update(`v0:${timestamp}:`).update(body);
  return { "x-slack-request-timestamp": String(timestamp), "x-slack-signature": `v0=${hmac.digest("hex")}` };
}

/** JSON text nested `depth` levels deep (objects, or arrays with `arrays`), around `leaf`. */
export function deepJson(depth: number, leaf = "1", arrays = false): string {
  return arrays
    ? `${"[".repeat(depth)}${leaf}${"]".repeat(depth)}`
    : `${'{"a":'.repeat(depth)}${leaf}${"}".repeat(depth)}`;
}

/**
 * POSTs `body` to `path` and then GETs `next` on the same keep-alive connection, written back to back as a client
 * reusing its connection would; returns the status lines received (at most two) once both arrive or after 8 s.
 */
export function uploadThenGet(
  baseUrl: string,
  path: string,
  headers: Record<string, string>,
  body: Buffer,
  next: string,
): Promise<string[]> {
  const { port } = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), "127.0.0.1");
    let received = "";
    const statuses = () => received.match(/HTTP\/1\.1 \d{3}/g) ?? [];
    const timer = setTimeout(() => {
      socket.destroy();
      resolve(statuses());
    }, 8_000);
    socket.on("data", (chunk: Buffer) => {
      received += chunk.toString("latin1");
      if (statuses().length < 2) return;
      clearTimeout(timer);
      socket.destroy();
      resolve(statuses());
    });
    socket.on("error", reject);
    const head = Object.entries({ host: "127.0.0.1", "content-length": String(body.length), ...headers })
      .map(([name, value]) => `${name}: ${value}\r\n`)
      .join("");
    socket.write(`POST ${path} HTTP/1.1\r\n${head}\r\n`);
    socket.write(body);
    socket.write(`GET ${next} HTTP/1.1\r\nhost: 127.0.0.1\r\n\r\n`);
  });
}
