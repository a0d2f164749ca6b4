/**
 * Whether a bind address only accepts local connections; unauthenticated endpoints exist only then.
 */
export function isLoopbackHost(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, "").toLowerCase();
  return (
    bare === "localhost" ||
    bare === "::1" ||
    /^127(?:\.\d{1,3}){3}$/.test(bare) ||
    bare === "::ffff:127.0.0.1"
  );
}
