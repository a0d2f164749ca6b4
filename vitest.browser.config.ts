import { defineConfig } from "vitest/config";

// The real-browser suite: Playwright driving Debian's Chromium against the local web chat (npm run test:browser).
export default defineConfig({
  test: {
    include: ["test/browser/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
