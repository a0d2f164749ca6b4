/**
 * A loopback stand-in for the Bot Framework's OpenID metadata and signing keys, plus a JWT signer, so tests can
 * present tokens the bot must accept (signed with the published key) and forged ones it must reject (signed
 * with a key it does not know, expired, for another bot or another service URL).
 */
import { createSign, generateKeyPairSync, type KeyObject } from "node:crypto";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

export const TRUSTED_KID = "trusted-key";
export const CHANNEL_ISSUER = "https://api.botframework.com";

export interface FakeOpenId {
  readonly metadataUrl: string;
  /** Requests served, by path. */
  readonly hits: string[];
  readonly trustedKey: KeyObject;
  readonly untrustedKey: KeyObject;
  readonly close: () => Promise<void>;
}

export async function startFakeOpenId(options: { failWith?: number } = {}): Promise<FakeOpenId> {
  const trusted = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const untrusted = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const jwk = trusted.publicKey.export({ format: "jwk" });
  const hits: string[] = [];
  const server = createServer((request, response) => {
    hits.push(request.url ?? "");
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    if (options.failWith) {
      response.writeHead(options.failWith).end();
      return;
    }
    response.setHeader("content-type", "application/json");
    if (request.url === "/metadata") {
      response.end(JSON.stringify({ issuer: CHANNEL_ISSUER, jwks_uri: `${base}/keys` }));
    } else if (request.url === "/keys") {
      response.end(
        JSON.stringify({
          keys: [{ kty: "RSA", use: "sig", kid: TRUSTED_KID, n: jwk.n, e: jwk.e, endorsements: ["msteams"] }],
        }),
      );
    } else {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    metadataUrl: `http://127.0.0.1:${port}/metadata`,
    hits,
    trustedKey: trusted.privateKey,
    untrustedKey: untrusted.privateKey,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** An RS256 JWT with the given claims, signed by `key`, naming `kid` in its header. */
export function signToken(claims: Record<string, unknown>, key: KeyObject, kid = TRUSTED_KID): string {
  const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
  const unsigned = `${encode({ alg: "RS256", typ: "JWT", kid })}.${encode(claims)}`;
  const signature = createSign("RSA-SHA256").update(unsigned).sign(key).toString("base64url");
  return `${unsigned}.${signature}`;
}

/** Claims the Bot Framework puts in a channel token for `appId`, valid for an hour. */
export function channelClaims(appId: string, serviceUrl: string): Record<string, unknown> {
  const now = Math.floor(Date.now() / 1000);
  return {
    iss: CHANNEL_ISSUER,
    aud: appId,
    serviceurl: serviceUrl,
    nbf: now - 60,
    iat: now - 60,
    exp: now + 3600,
  };
}
