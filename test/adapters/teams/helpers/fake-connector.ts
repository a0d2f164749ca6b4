/**
 * A loopback stand-in for the Bot Framework connector (the `serviceUrl` a channel gives the bot): records every
 * call the bot makes and answers `{ id }`, or the failures a test queues (status plus optional Retry-After).
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface ConnectorCall {
  readonly method: string;
  /** Decoded path, e.g. /v3/conversations/a:1/activities/m1 */
  readonly path: string;
  readonly body: Record<string, unknown>;
  /** The status the fake answered with. */
  readonly status: number;
}

export interface FakeConnector {
  /** serviceUrl to put in activities; ends with a slash like Teams'. */
  readonly url: string;
  readonly calls: ConnectorCall[];
  /** Calls that succeeded (what the conversation would show). */
  readonly posted: () => ConnectorCall[];
  /** The next calls answer these statuses, in order. */
  readonly failNext: (...failures: { status: number; retryAfter?: string }[]) => void;
  /** Resolves once `count` calls have arrived. */
  readonly waitForCalls: (count: number) => Promise<void>;
  readonly close: () => Promise<void>;
}

export async function startFakeConnector(): Promise<FakeConnector> {
  const calls: ConnectorCall[] = [];
  const failures: { status: number; retryAfter?: string }[] = [];
  const waiters: { count: number; resolve: () => void }[] = [];
  let next = 0;
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const text = Buffer.concat(chunks).toString("utf8");
      const failure = failures.shift();
      const status = failure?.status ?? 200;
      calls.push({
        method: request.method ?? "",
        path: decodeURIComponent(request.url ?? ""),
        body: text ? (JSON.parse(text) as Record<string, unknown>) : {},
        status,
      });
      for (const waiter of waiters.filter((entry) => calls.length >= entry.count)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve();
      }
      const headers: Record<string, string> = { "content-type": "application/json" };
      if (failure?.retryAfter !== undefined) headers["retry-after"] = failure.retryAfter;
      response.writeHead(status, headers);
      response.end(
        JSON.stringify(
          status === 200
            ? { id: `posted-${++next}` }
            : { error: { code: "Failure", message: `status ${status}` } },
        ),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    calls,
    posted: () => calls.filter((call) => call.status === 200),
    failNext: (...queued) => failures.push(...queued),
    waitForCalls: (count) =>
      calls.length >= count ? Promise.resolve() : new Promise((resolve) => waiters.push({ count, resolve })),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
