import { defineConfig } from "vitest/config";

// Everything that needs no browser; the real-browser suite has its own config (vitest.browser.config.ts).
export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    exclude: ["test/browser/**", "node_modules/**"],
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
});
