// The content version of a file: the first 12 hex digits of its SHA-256. The build puts it in
// the URLs of the dist folder's files (`koo-console.wasm?v=...`, scripts/finish_dist.mjs) and
// web/serve.mjs lets browsers keep an answer for a year when the URL's version is the file's.
import crypto from 'node:crypto';

export function contentVersion(bytes) {
  return crypto.createHash('sha256').update(bytes).digest('hex').slice(0, 12);
}
