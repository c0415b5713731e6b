// Step 1: the page rendered natively by the app's own views (src/prerender.rs)
// into index.html, its styles allowed by hash in the CSP.
import { execFileSync } from 'node:child_process';
import { root, sha } from './staging.mjs';

/** The environment for native cargo commands inside this hook. Trunk runs
 * it with the wasm build's settings (setup.sh's with_wasm_env: build-std,
 * unstable flags, the wasm linker), which a native build must not get. */
function nativeEnvironment() {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(
      ([name]) => !/^(RUSTC_BOOTSTRAP|CARGO_UNSTABLE_.*|CARGO_TARGET_WASM32_.*|CARGO_BUILD_TARGET)$/.test(name),
    ),
  );
  // The Debian route puts Debian's cargo first on PATH; setup.sh keeps the usual one here.
  env.PATH = process.env.FACEOFF_NATIVE_PATH ?? process.env.PATH;
  return env;
}

/** 1. The page, run natively through the app's own views, in place of the
 * shell's empty slot; the shell's comments dropped. Style attributes, which
 * the CSP refuses, become rules of one style element allowed by its hash. */
export function prerenderPage(html) {
  console.log('post-build: prerendering the page (the app built natively; slow only the first time)');
  const page = execFileSync('cargo', ['run', '--quiet', '--bin', 'prerender'], {
    cwd: root,
    env: nativeEnvironment(),
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const rules = new Map();
  const markup = page
    .replace(/ style="([^"]*)"/g, (_, declarations) => {
      if (declarations.includes('&')) throw new Error(`prerender: unexpected style ${declarations}`);
      if (!rules.has(declarations)) rules.set(declarations, rules.size);
      return ` data-style="${rules.get(declarations)}"`;
    })
    // Leptos' placeholders for hydration: this copy is replaced, never hydrated.
    .replace(/<!>|<!--<\(\) \/>-->/g, '')
    // The live parts' controls do nothing until the app starts, and say so.
    // Buttons stay focusable (aria-disabled), so the result panel can still
    // be scrolled by keyboard where it scrolls on its own.
    .replace(/<button\b/g, '<button aria-disabled="true"')
    .replace(/<input\b/g, '<input disabled');
  const css = [...rules].map(([declarations, n]) => `[data-style="${n}"]{${declarations}}`).join('');
  // Release builds get the shell minified by Trunk (attributes unquoted and
  // reordered), so the shell's tags are matched in either form.
  const slot = /<div id="?prerendered"?><\/div>/;
  if (!markup.includes('role="status"') || !slot.test(html) || !html.includes('</head>')) {
    throw new Error('prerender: no recommendation rendered, or no page slot or </head> in index.html');
  }
  html = html.replace(/<!--[\s\S]*?-->/g, '').replace(slot, () => markup);
  html = html.replace('</head>', () => `<style>${css}</style>\n</head>`);
  const cspMeta = /<meta\b[^>]*\bhttp-equiv="?Content-Security-Policy"?[^>]*>/;
  if (!cspMeta.test(html)) throw new Error('index.html: no Content-Security-Policy meta tag');
  const styleHash = sha(css, 'base64');
  html = html.replace(cspMeta, (tag) =>
    tag.replace(/\bcontent="([^"]*)"/, (_, policy) => `content="${allowStyle(policy, styleHash)}"`),
  );
  return { html, styleHash };
}

/** The policy with the page's style element allowed by its hash. */
export function allowStyle(policy, styleHash) {
  const allowed = policy.replace("style-src 'self'", `style-src 'self' 'sha256-${styleHash}'`);
  if (allowed === policy) throw new Error("CSP: no style-src 'self' to add the page's styles to");
  return allowed;
}
