import { defineConfig } from '@playwright/test';

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
    launchOptions: {
      // The system Chromium: browsers cannot be downloaded on these machines.
      executablePath: '/usr/bin/chromium',
      // Without the networking flags Chromium keeps calling outside hosts.
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
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
