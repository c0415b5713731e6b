// Step 10: precompressed copies of the release's files.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { staging } from './staging.mjs';

/** 10. Precompressed copies, for hosts that serve them as they are. */
export async function precompress() {
  for (const name of await readdir(staging)) {
    if (!/\.(html|js|css|wasm|svg|webmanifest)$/.test(name)) continue;
    const body = await readFile(join(staging, name));
    await writeFile(join(staging, `${name}.gz`), gzipSync(body, { level: 9 }));
    const brotli = brotliCompressSync(body, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    });
    await writeFile(join(staging, `${name}.br`), brotli);
  }
  console.log('post-build: .gz and .br written');
}
