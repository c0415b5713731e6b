// The system Chromium (browsers cannot be downloaded on these machines) and
// the flags every suite starts it with: without the networking ones it keeps
// calling outside hosts.
export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
