// The last step of the wasm build, on the dist folder's files (build/wasm/dist-files.txt):
// 0. Minified JavaScript (terser: compressed, local names shortened; property and exported names
//    kept, which the page, the module and the tests share): the module's glue when it was linked
//    anew, the page's scripts each build after their references got versions.
// 1. Content versions: every reference from one of those files to another ("koo-loader.js",
//    href="console.css", the loader's asset table) gets "?v=" and the referenced file's content
//    version (web/content-version.mjs), leaves first, so a file's version covers what it loads.
//    web/serve.mjs lets browsers keep such URLs for a year; a new build changes the URL.
//    index.html preloads the module the folder's config.json picks (web/module-preload.mjs).
// 2. Precompressed copies: FILE.gz (gzip -9) and FILE.br (brotli 11) next to each compressible
//    file, redone only when older than it, for servers that send them as they are.
// Usage: node scripts/finish_dist.mjs DIST_DIR DIST_FILES_TXT
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { minify } from 'terser';
import { contentVersion } from '../web/content-version.mjs';
import { configIsOffline, withModulePreloads } from '../web/module-preload.mjs';

const [dist, listFile] = process.argv.slice(2);
// A module a partial build did not link (./console demo links only the offline demo's) is left out.
const files = fs.readFileSync(listFile, 'utf8').split('\n').filter((name) => name && fs.existsSync(path.join(dist, name)));
const read = (name) => fs.readFileSync(path.join(dist, name));

// Text files that refer to others, in the order their versions are settled (each after what it names).
const referrers = ['koo-loader.js', 'page.js', 'koo-console-element.js', 'portal.js', 'index.html', 'portal.html']
  .filter((name) => files.includes(name));

// Every script is an ES module (the glue: EXPORT_ES6). A marker comment says a glue file is done.
const minifiedMark = '// minified by scripts/finish_dist.mjs\n';
const minified = async (code) => minifiedMark + (await minify(code, { module: true, ecma: 2020, compress: { passes: 2 } })).code;
for (const name of files.filter((file) => file.endsWith('.js') && !referrers.includes(file))) {
  const code = read(name).toString('utf8');
  if (!code.startsWith(minifiedMark)) fs.writeFileSync(path.join(dist, name), await minified(code));
}
const versions = new Map(files.filter((name) => !referrers.includes(name)).map((name) => [name, contentVersion(read(name))]));
const versioned = (name) => (versions.has(name) ? `${name}?v=${versions.get(name)}` : name);

for (const name of referrers) {
  let text = read(name).toString('utf8');
  if (name === 'index.html') {
    const configFile = path.join(dist, 'config.json');
    const offline = configIsOffline(fs.existsSync(configFile) ? fs.readFileSync(configFile, 'utf8') : '');
    text = withModulePreloads(text, offline, versioned);
  }
  // The loader's table of the files it fetches: "const assetVersions = {};" in web/koo-loader.js.
  text = text.replace(/const assetVersions = \{\};/, () => `const assetVersions = ${JSON.stringify(
    Object.fromEntries([...versions].filter(([file]) => /^(koo-console(-api)?\.(js|wasm)|fonts\/|i18n\/)/.test(file))))};`);
  // Module imports ('./koo-loader.js') and page references (href="console.css", src="page.js").
  text = text.replace(/(from\s+'\.\/|import\('\.\/)([^'?]+)'/g, (all, head, file) => `${head}${versioned(file)}'`);
  text = text.replace(/\b(href|src)="([^"?#:]+)"/g, (all, attribute, file) => `${attribute}="${versioned(file)}"`);
  if (name.endsWith('.js')) text = await minified(text);
  fs.writeFileSync(path.join(dist, name), text);
  versions.set(name, contentVersion(Buffer.from(text)));
}

const compressible = /\.(html|js|css|svg|wasm|ttf|otf|json|txt)$/;
for (const name of files.filter((file) => compressible.test(file))) {
  const file = path.join(dist, name);
  const mtime = fs.statSync(file).mtimeMs;
  const stale = (copy) => !fs.existsSync(copy) || fs.statSync(copy).mtimeMs < mtime;
  if (stale(`${file}.gz`)) fs.writeFileSync(`${file}.gz`, zlib.gzipSync(read(name), { level: 9 }));
  if (stale(`${file}.br`)) {
    fs.writeFileSync(`${file}.br`, zlib.brotliCompressSync(read(name), {
      params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: fs.statSync(file).size },
    }));
  }
}
