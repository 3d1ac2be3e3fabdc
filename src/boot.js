// The boot script of a page that starts with a first stage: the customer's page (`index.html`, the
// catalog stage at `/`) and the agent portal's (`agent/index.html`, the sign-in stage). Where the page's
// stage applies, it loads the stage's small module; anywhere else, the whole app. The stage hands over
// through `handover(href, ...args)`: the app's module is loaded (fetched ahead on a sign of intent, see
// `intent`), the stage is unmounted, the address becomes `href` (when given) and the app mounts there
// with `args` (the agent's accepted credentials, in memory). No page reload: the order lives at the API
// and the search in the URL.
// `cargo xtask build` writes this file for each page with its modules' hashed names.
const STAGE = ["./__HOSTWAY_STAGE_BINDGEN__", "./__HOSTWAY_STAGE_WASM__"];
const APP = ["./__HOSTWAY_APP_BINDGEN__", "./__HOSTWAY_APP_WASM__"];
const STAGE_PATHS = new RegExp("__HOSTWAY_STAGE_PATHS__");

async function load([bindings, wasm], retry) {
  const url = new URL(bindings, import.meta.url);
  // A browser keeps a failed module import failed for its URL: a retry asks under a URL of its own.
  if (retry) url.searchParams.set("retry", String(retry));
  const module = await import(url.href);
  await module.default({ module_or_path: new URL(wasm, import.meta.url) });
  return module;
}

let app;
let failures = 0;

/** The app's module, loaded once (and again after a failure). */
function loadApp() {
  if (!app) {
    app = load(APP, failures);
    app.catch(() => {
      failures += 1;
      app = undefined;
    });
  }
  return app;
}

/** A sign the visitor is going on: a finger on the page (phones have no pointing first), or pointing
 *  at or focusing a link into the app or a part marked `data-prefetch-app` (the catalog's search, the
 *  sign-in form). The app's module is then fetched ahead. */
function intent(event) {
  const target = event.target.closest?.("a[href^='/']:not([rel]), [data-prefetch-app]");
  const ahead = event.type === "touchstart" || (target && target.getAttribute("href") !== location.pathname);
  if (ahead) loadApp().catch(() => {});
}

if (STAGE_PATHS.test(location.pathname)) {
  let stage;
  const handover = async (href, ...args) => {
    const module = await loadApp();
    if (href) history.pushState(null, "", href);
    stage?.unmount();
    stage?.free();
    stage = undefined;
    module.mountApp(...args);
  };
  stage = (await load(STAGE)).mountStage(handover);
  for (const type of ["pointerover", "focusin", "touchstart"]) {
    document.addEventListener(type, intent, { passive: true });
  }
} else {
  (await loadApp()).mountApp();
}
