/**
 * Polls a check until it yields a value (anything but undefined or false) or the time runs out, for tests that
 * wait on what a loopback fake has received. Fails with what it was waiting for, so a timeout reads clearly.
 */

const POLL_MS = 10;
const DEFAULT_TIMEOUT_MS = 8_000;

export async function waitFor<T>(
  check: () => T | undefined | false,
  what: string,
  timeoutMs = DEFAULT_TIMEOUT_MS,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}
