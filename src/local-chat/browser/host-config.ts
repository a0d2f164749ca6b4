/**
 * A host config close to Microsoft Teams' light theme (fonts, spacing, colours, button layout), so cards in the
 * local web chat look like they will in Teams. Close, not identical: Teams applies its own CSS on top.
 */
/** Teams' light-theme text colours, the same on plain and emphasis containers. */
const TEAMS_LIGHT_TEXT_COLOURS = {
  default: { default: "#242424", subtle: "#616161" },
  accent: { default: "#5B5FC7", subtle: "#6264A7" },
  good: { default: "#0E700E", subtle: "#0E700E" },
  warning: { default: "#8A3707", subtle: "#8A3707" },
  attention: { default: "#C4314B", subtle: "#C4314B" },
  dark: { default: "#242424", subtle: "#424242" },
  light: { default: "#FFFFFF", subtle: "#F5F5F5" },
};

export const TEAMS_LIKE_HOST_CONFIG = {
  spacing: { small: 8, default: 12, medium: 16, large: 20, extraLarge: 24, padding: 16 },
  separator: { lineThickness: 1, lineColor: "#E0E0E0" },
  supportsInteractivity: true,
  fontTypes: {
    default: {
      fontFamily:
        "'Segoe UI', 'Segoe UI Web (West European)', -apple-system, BlinkMacSystemFont, Roboto, 'Helvetica Neue', sans-serif",
      fontSizes: { small: 12, default: 14, medium: 14, large: 18, extraLarge: 24 },
      fontWeights: { lighter: 200, default: 400, bolder: 600 },
    },
    monospace: {
      fontFamily: "Consolas, 'Courier New', monospace",
      fontSizes: { small: 12, default: 14, medium: 14, large: 18, extraLarge: 24 },
      fontWeights: { lighter: 200, default: 400, bolder: 600 },
    },
  },
  containerStyles: {
    default: {
      backgroundColor: "#FFFFFF",
      foregroundColors: TEAMS_LIGHT_TEXT_COLOURS,
    },
    emphasis: {
      backgroundColor: "#F5F5F5",
      foregroundColors: TEAMS_LIGHT_TEXT_COLOURS,
    },
  },
  actions: {
    maxActions: 6,
    spacing: "default",
    buttonSpacing: 8,
    showCard: { actionMode: "inline", inlineTopMargin: 8 },
    actionsOrientation: "horizontal",
    actionAlignment: "left",
    wrap: true,
  },
  adaptiveCard: { allowCustomStyle: true },
  imageSizes: { small: 32, medium: 52, large: 100 },
  factSet: {
    title: {
      color: "default",
      size: "default",
      isSubtle: false,
      weight: "bolder",
      wrap: true,
      maxWidth: 150,
    },
    value: { color: "default", size: "default", isSubtle: false, weight: "default", wrap: true },
    spacing: 8,
  },
  textBlock: { headingLevel: 2 },
} as const;
