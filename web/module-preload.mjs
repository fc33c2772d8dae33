// The standalone page preloads the one module its configuration will load (web/koo-loader.js:
// koo-console without apiBase, koo-console-api with one): the build writes the choice of the dist
// folder's config.json into index.html (scripts/finish_dist.mjs), web/serve.mjs the choice of its
// --config.

// True when a configuration (config.json's text) runs the offline demo: no apiBase.
export function configIsOffline(text) {
  try {
    const config = JSON.parse(text);
    return !(config && typeof config === 'object' && 'apiBase' in config);
  } catch {
    return true;  // no or unreadable config.json: page.js starts the offline demo
  }
}

// `html` with its module and wasm preloads naming the module for `offline`; `versioned(file)`
// gives a file's URL ("koo-console.wasm?v=...").
export function withModulePreloads(html, offline, versioned) {
  const name = offline ? 'koo-console' : 'koo-console-api';
  return html.replace(/href="koo-console(?:-api)?\.(js|wasm)(?:\?v=[0-9a-f]+)?"/g,
    (all, extension) => `href="${versioned(`${name}.${extension}`)}"`);
}
