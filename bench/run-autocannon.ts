/**
 * Runs autocannon and also reports the latency of the responses that were not their connection's first. At 100
 * connections opened at once on a small machine, each connection's first request waits for the busy server to
 * accept it, which is the load generator's and the kernel's doing as much as the server's (a bare node:http
 * server shows it too); in a short round those 100 requests alone can be the p99. Slack and Teams keep their
 * connections open, so the steady figures are what they would see; the raw ones are reported beside them.
 */
import autocannon from "autocannon";
import { percentile } from "./bench-row.js";

export interface LoadRun {
  readonly result: autocannon.Result;
  /** p99 of every response but each connection's first, in ms. */
  readonly steadyP99: number;
  /** The slowest response but each connection's first, in ms. */
  readonly steadyMax: number;
}

export function runAutocannon(options: autocannon.Options): Promise<LoadRun> {
  const answered = new WeakSet<object>();
  const steady: number[] = [];
  return new Promise((resolve, reject) => {
    const instance = autocannon(options, (error, result) => {
      if (error) reject(error);
      else
        resolve({
          result,
          steadyP99: Math.round(percentile(steady, 99)),
          steadyMax: Math.round(steady.reduce((max, ms) => Math.max(max, ms), 0)),
        });
    });
    instance.on("response", (client, _status, _bytes, time) => {
      if (answered.has(client)) steady.push(time);
      else answered.add(client);
    });
  });
}
