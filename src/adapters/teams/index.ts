/**
 * The Teams adapter's public surface: the surface app.ts mounts, and the pure card renderer other surfaces (the
 * local web chat) and tools can reuse. botbuilder stays inside this folder.
 */
export { type CardContext, createCardContext } from "./card-context.js";
export type { AdaptiveCard } from "./card-elements.js";
export { createTeamsSurface, MESSAGES_PATH, type TeamsSurfaceOptions } from "./create-teams-surface.js";
export { TEAMS_LIMITS } from "./limits.js";
export { readCardAction } from "./read-card-action.js";
export { cardBytes, renderAdaptiveCard } from "./render-adaptive-card.js";
export { renderTeamsMessage, type TeamsMessage } from "./render-teams-message.js";
