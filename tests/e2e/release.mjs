// A new release of a served copy of dist/, for the tests of what a deploy does
// to a tab left open on the release before (offline.spec.js, and the engine
// journeys).
import { readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Turns the copy in `folder` into release `number`, as a deploy would: a
 * new service worker version, a changed page title, and the questions' part
 * under a new hashed name, the old one gone from the server. Returns the old
 * part's address, relative to the site. */
export async function deploy(folder, number) {
  const part = (await readdir(folder)).find((name) => /^split_quiz-.*\.wasm$/.test(name));
  if (!part) throw new Error(`${folder}: no questions' part`);
  const renamed = `split_quiz-release${number}.wasm`;
  await rename(join(folder, part), join(folder, renamed));
  const swPath = join(folder, 'sw.js');
  const sw = await readFile(swPath, 'utf8');
  const version = /const VERSION = "[0-9a-f]{16}"/;
  if (!version.test(sw) || !sw.includes(`"./${part}"`)) throw new Error("sw.js: its version or precache list changed form");
  await writeFile(
    swPath,
    sw.replace(version, `const VERSION = "${String(number).padStart(16, '0')}"`).replace(`"./${part}"`, `"./${renamed}"`),
  );
  const indexPath = join(folder, 'index.html');
  const index = await readFile(indexPath, 'utf8');
  await writeFile(indexPath, index.replace(/<title>(Release \d+: )?/, `<title>Release ${number}: `));
  // Their precompressed copies are the old release's: a real build rewrites them.
  for (const name of ['sw.js', 'index.html', part]) {
    for (const suffix of ['.br', '.gz']) await rm(join(folder, name + suffix), { force: true });
  }
  return part;
}

/** In the page: fetches the served release's service worker and resolves
 * once it controls the page and has finished activating (which prunes old
 * caches), with the cache names then. */
export function updateServiceWorker() {
  return new Promise((resolve) => {
    const done = () => caches.keys().then(resolve);
    navigator.serviceWorker.addEventListener(
      'controllerchange',
      () => {
        const worker = navigator.serviceWorker.controller;
        if (worker.state === 'activated') done();
        else worker.addEventListener('statechange', () => worker.state === 'activated' && done());
      },
      { once: true },
    );
    navigator.serviceWorker.getRegistration().then((registration) => registration.update());
  });
}
