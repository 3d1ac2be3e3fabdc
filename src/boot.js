// The customer's page (`index.html`). At `/` it loads the catalog stage, a small module that shows the
// catalog; anywhere else, the whole app. From the catalog, a link into the app (a product's "Choose",
// "Your order") hands over: the app's module is loaded (fetched ahead when such a link is pointed at or
// focused), the stage is unmounted, the address becomes the link's and the app mounts there. No page
// reload: the order lives at the API and the search in the URL. `cargo xtask build` writes this file
// with the hashed names of both modules.
const CATALOG = ["./__HOSTWAY_CATALOG_BINDGEN__", "./__HOSTWAY_CATALOG_WASM__"];
const APP = ["./__HOSTWAY_APP_BINDGEN__", "./__HOSTWAY_APP_WASM__"];

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

function intoApp(event) {
  const link = event.target.closest?.("a[href^='/']:not([rel])");
  if (link && link.getAttribute("href") !== "/") loadApp().catch(() => {});
}

if (location.pathname === "/") {
  let stage;
  const handover = async (href) => {
    const module = await loadApp();
    history.pushState(null, "", href);
    stage?.unmount();
    stage?.free();
    stage = undefined;
    module.mountApp();
  };
  stage = (await load(CATALOG)).mountCatalog(handover);
  for (const type of ["pointerover", "focusin", "touchstart"]) {
    document.addEventListener(type, intoApp, { passive: true });
  }
} else {
  (await loadApp()).mountApp();
}
