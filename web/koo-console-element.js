// <koo-console>: the KooGallery buyer console as a custom element for host portals. Each element
// runs its own module instance in its shadow root and frees it when it leaves the page.
//
//   <script type="module" src="/static/koo/koo-console-element.js"></script>
//   <koo-console api-base="https://api.example.com" page="purchased-apps" locale="en"></koo-console>
//   element.tokenProvider = async () => fetchTokenFromHostSession();
//
// The module, its wasm and the fonts load (koo-loader.js) from beside this script, wherever the
// host put it.

import { compileWasm, fetchFonts, importModuleFactory, startConsole } from './koo-loader.js';

// The module factory, the compiled wasm and the font bytes are loaded once per page and shared;
// every element instantiates its own module (own memory, GL context and state) from them. There
// are two modules (koo-loader.js): with api-base the smaller one, without it the offline demo's.
const sharedDownloads = {};

function downloads(offline) {
  const key = offline ? 'offline' : 'api';
  if (!sharedDownloads[key]) {
    sharedDownloads[key] = Promise.all([importModuleFactory(offline), compileWasm(offline), fetchFonts()]);
    // A failed download is tried again by the next element that starts.
    sharedDownloads[key].catch(() => { delete sharedDownloads[key]; });
  }
  return sharedDownloads[key];
}

let sharedStyles = null;
function styles() {
  if (!sharedStyles) {
    sharedStyles = new CSSStyleSheet();
    sharedStyles.replaceSync(`
      :host { display: block; position: relative; height: 100%; min-width: 280px; min-height: 320px; contain: content; }
      :host([hidden]) { display: none; }
      .koo-root { position: absolute; inset: 0; overflow: hidden; outline: none; background: #f4f5f7; }
      .koo-root:focus-visible { box-shadow: inset 0 0 0 2px #0a6cd9; }
      @media (prefers-color-scheme: dark) { .koo-root { background: #15171c; } }
      :host([theme="light"]) .koo-root { background: #f4f5f7; }
      :host([theme="dark"]) .koo-root { background: #15171c; }
      .koo-root > canvas { display: block; position: absolute; left: 0; top: 0; }
    `);
  }
  return sharedStyles;
}

// page="supervision" -> "#/supervision"; a deep link ("#/supervision/SO-1") passes as it is.
function routeFromPage(page) {
  if (!page) return '';
  return page.startsWith('#') ? page : `#/${page.replace(/^\/+/, '')}`;
}

export class KooConsoleElement extends HTMLElement {
  static observedAttributes = ['api-base', 'page', 'locale', 'time-zone', 'theme', 'demo-buyer'];

  #shadow;
  #module = null;        // the running (or loading) Emscripten module of this element
  #created = null;       // resolves to #module once its main() ran
  #generation = 0;       // bumped by every stop: callbacks of an older instance are ignored
  #running = false;
  #token = '';
  #startedToken = '';
  #tokenProvider = null;
  #route = '';           // the route the console shows, kept across restarts

  constructor() {
    super();
    this.#shadow = this.attachShadow({ mode: 'open', delegatesFocus: true });
    this.#shadow.adoptedStyleSheets = [styles()];
  }

  // The bearer token for api-base, set by the host; never an attribute, so never in the DOM.
  get token() { return this.#token; }
  set token(value) {
    const next = value ? String(value) : '';
    if (next === this.#token) return;
    this.#token = next;
    if (this.#running && this.hasAttribute('api-base')) this.#restart();
  }

  // async () => token: asked when the console starts without a token, and again after the
  // backend refused one (a new, different token restarts the console on the same route).
  get tokenProvider() { return this.#tokenProvider; }
  set tokenProvider(provider) { this.#tokenProvider = typeof provider === 'function' ? provider : null; }

  // The route shown ("#/supervision"); the Emscripten module, for diagnostics (null when stopped).
  get route() { return this.#route || routeFromPage(this.getAttribute('page')); }
  get module() { return this.#module; }

  connectedCallback() {
    // A host may set token or tokenProvider before this script defined the element: those own
    // properties hide the accessors above, so take them over now.
    for (const name of ['token', 'tokenProvider']) {
      if (!Object.prototype.hasOwnProperty.call(this, name)) continue;
      const value = this[name];
      delete this[name];
      this[name] = value;
    }
    if (!this.#running) this.#start();
  }

  disconnectedCallback() {
    // Moving the element (remove, then insert in the same task) keeps its instance.
    queueMicrotask(() => { if (!this.isConnected && this.#running) this.#stop(); });
  }

  attributeChangedCallback(name, oldValue, newValue) {
    if (!this.#running || oldValue === newValue) return;
    const running = this.#module && this.#module.koo;
    // A new theme restyles the running console: the view and what the buyer typed stay.
    if (name === 'theme' && running && running.setTheme) { running.setTheme(newValue || ''); return; }
    if (name !== 'page') { this.#restart(); return; }
    this.#route = routeFromPage(newValue);
    const koo = this.#module && this.#module.koo;
    if (koo && koo.followRoute) koo.followRoute(this.#route);
    else if (koo) koo.initialRoute = this.#route;
  }

  #config(token) {
    const config = {};
    // No theme attribute (or "auto"): the browser's prefers-color-scheme.
    if (this.hasAttribute('theme')) config.theme = this.getAttribute('theme');
    // No locale attribute: the module follows the browser's language.
    if (this.hasAttribute('locale')) config.locale = this.getAttribute('locale');
    // No time-zone attribute (an IANA name, e.g. Asia/Shanghai): the browser's zone.
    if (this.hasAttribute('time-zone')) config.timeZone = this.getAttribute('time-zone');
    // No api-base: the offline demo inside the module, signed in as demo-buyer (or the first buyer).
    if (this.hasAttribute('api-base')) {
      config.apiBase = this.getAttribute('api-base');
      config.token = token;
    }
    if (this.hasAttribute('demo-buyer')) config.demoBuyer = this.getAttribute('demo-buyer');
    return config;
  }

  async #tokenForStart() {
    if (!this.hasAttribute('api-base')) return '';
    if (!this.#token && this.#tokenProvider) this.#token = String((await this.#tokenProvider()) || '');
    return this.#token;
  }

  async #start() {
    this.#running = true;
    const generation = this.#generation;
    const container = document.createElement('div');
    container.className = 'koo-root';
    container.setAttribute('role', 'region');
    container.setAttribute('aria-label', 'KooGallery Console');
    const canvas = document.createElement('canvas');
    canvas.setAttribute('aria-hidden', 'true');
    container.append(canvas);
    this.#shadow.replaceChildren(container);
    try {
      const [[createKooConsole, compiledWasm, fonts], token] = await Promise.all([downloads(!this.hasAttribute('api-base')), this.#tokenForStart()]);
      if (generation !== this.#generation) return;
      this.#startedToken = token;
      const { module, created } = startConsole({
        createKooConsole,
        canvas,
        root: container,
        useHash: false,
        initialRoute: this.route,
        config: this.#config(token),
        fonts,
        compiledWasm,
        onReady: () => this.#emit(generation, 'koo-ready', { route: this.route }),
        onNavigate: (route) => {
          if (generation !== this.#generation) return;
          this.#route = route;
          this.#emit(generation, 'koo-navigate', { route });
        },
        onSession: (value) => {
          if (generation === this.#generation && this.hasAttribute('api-base')) this.#token = value || '';
        },
        onAuthRequired: () => this.#authRequired(generation),
        onFailure: (message) => {
          console.error(message);
          this.#fail(generation, new Error(message));
        },
        printErr: (text) => console.error(text),
        onAbort: (what) => this.#fail(generation, new Error(`koo-console: the module stopped (${what})`)),
      });
      this.#module = module;
      this.#created = created;
      await this.#created;
    } catch (error) {
      this.#fail(generation, error);
    }
  }

  #stop() {
    this.#running = false;
    this.#generation++;
    const created = this.#created;
    this.#module = null;
    this.#created = null;
    // main() has run once the factory resolves: only then is there something to shut down.
    if (created) created.then((module) => module._koo_on_shutdown(), () => {});
    this.#shadow.replaceChildren();
  }

  #restart() {
    this.#stop();
    this.#start();
  }

  #emit(generation, name, detail = {}, cancelable = false) {
    if (generation !== this.#generation) return null;
    const event = new CustomEvent(name, { bubbles: true, composed: true, cancelable, detail });
    this.dispatchEvent(event);
    return event;
  }

  #fail(generation, error) {
    const message = error && error.message ? error.message : String(error);
    this.#emit(generation, 'koo-error', { message });
  }

  async #authRequired(generation) {
    const refused = this.#startedToken;
    const event = this.#emit(generation, 'koo-auth-required', {}, true);
    // preventDefault() on the event: the host handles it (the console shows its sign-in form).
    if (!event || event.defaultPrevented || !this.#tokenProvider) return;
    try {
      const fresh = String((await this.#tokenProvider()) || '');
      if (generation === this.#generation && fresh && fresh !== refused) {
        this.#token = fresh;
        this.#restart();
      }
    } catch (error) {
      this.#fail(generation, error);
    }
  }
}

if (!customElements.get('koo-console')) customElements.define('koo-console', KooConsoleElement);
