/**
 * A chat surface (Slack, Teams, the local web chat) as the server sees it: it adds its routes to the one Express
 * app before the server listens, may connect outwards after (Socket Mode), and stops cleanly on shutdown.
 */
import type { Express } from "express";

export interface Surface {
  readonly name: string;
  /** Adds routes; called once, before listen. */
  readonly mount?: (app: Express) => void;
  /** Connects whatever is not HTTP (Socket Mode); called after listen. */
  readonly start?: () => Promise<void>;
  /** Disconnects; called on shutdown after the HTTP server stops accepting requests. */
  readonly stop?: () => Promise<void>;
}
