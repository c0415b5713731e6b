import { defineConfig } from '@playwright/test';
import { CHROMIUM, CHROMIUM_FLAGS } from './chromium.js';

const port = 4173;

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.js',
  timeout: 30_000,
  fullyParallel: true,
  workers: 2,
  forbidOnly: true,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    browserName: 'chromium',
    launchOptions: { executablePath: CHROMIUM, args: CHROMIUM_FLAGS },
  },
  webServer: [
    {
      command: `node serve-dist.mjs ${port}`,
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: false,
    },
    {
      // The same build as a project site under a sub-path (deploy.spec.js).
      command: `node serve-dist.mjs ${port + 1} /django-vs-flask/`,
      url: `http://127.0.0.1:${port + 1}/django-vs-flask/`,
      reuseExistingServer: false,
    },
  ],
});
