/**
 * Posts into one channel one at a time, at most one a second (Slack's rate for messages per channel), so a
 * burst of shares waits its turn instead of being refused with 429. Channels do not wait for each other, and
 * an idle channel leaves nothing behind in memory.
 * @see https://docs.slack.dev/apis/web-api/rate-limits
 */
export interface ChannelQueue {
  /** Runs `task` when the channel's previous post is at least `intervalMs` old; resolves with its result. */
  readonly run: <T>(channel: string, task: () => Promise<T>) => Promise<T>;
}

export interface ChannelQueueOptions {
  readonly intervalMs: number;
  readonly now?: () => number;
  readonly sleep?: (ms: number) => Promise<void>;
}

export function createChannelQueue(options: ChannelQueueOptions): ChannelQueue {
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const channels = new Map<string, { tail: Promise<unknown>; lastStart: number; pending: number }>();
  return {
    run(channel, task) {
      sweep();
      const state = channels.get(channel) ?? { tail: Promise.resolve(), lastStart: -Infinity, pending: 0 };
      channels.set(channel, state);
      state.pending++;
      const result = state.tail.then(async () => {
        const wait = state.lastStart + options.intervalMs - now();
        if (wait > 0) await sleep(wait);
        state.lastStart = now();
        return task();
      });
      state.tail = result
        .catch(() => undefined)
        .finally(() => {
          state.pending--;
        });
      return result;
    },
  };

  /** Forgets channels with nothing queued whose last post is older than the interval. */
  function sweep(): void {
    const at = now();
    for (const [channel, state] of channels) {
      if (state.pending === 0 && at - state.lastStart >= options.intervalMs) channels.delete(channel);
    }
  }
}
