/**
 * The Slack adapter's public surface: the surface factory the app wires in, and the pure renderers.
 */
export { createSlackSurface, type SlackSurfaceOptions } from "./create-slack-surface.js";
export { SHORTCUT_CALLBACK_ID, SLACK_EVENTS_PATH, SLASH_COMMAND } from "./manifest/build-slack-manifest.js";
export { renderBlockKit } from "./render-block-kit.js";
export { createSlackPreview } from "./render-slack-preview.js";
