// Hostway order widget loader. A shop adds one tag and one element:
//   <script type="module" src="https://APP/widget.js"></script>
//   <div data-hostway-order data-api="https://API" data-product="core.plan.www.basic"></div>
// It mounts the widget into every [data-hostway-order] element, now and later, and unmounts a widget when
// its element leaves the page. What the element holds shows until the widget mounts (a shop may put a
// line of its own there); if the widget's code cannot load, the element says so. `cargo xtask build`
// writes this file into the build, after `src/handover.js`, with the hashed names of the modules and
// their bindings:
// - the first stage (small): the product, its choices and prices, and "Order now";
// - the ordering flow (the product form, the cart), mounted in the first stage's place with what was
//   chosen when a customer presses "Order now". It is fetched ahead once a first stage is usable, the
//   shop's page has loaded, the widget is in view and the browser idle (unless the visitor saves data),
//   or when they point at, touch or focus a widget;
// - the flow's checkout (the steps after the cart, the order's status), mounted in the flow's place
//   when the customer goes on from the cart (and the flow again when they come back): fetched ahead
//   when they point at, touch or focus a link to one of its places.
const loadFirst = moduleLoader("./__HOSTWAY_FIRST_BINDGEN__", "./__HOSTWAY_FIRST_WASM__");
/** The flow's modules, each with the places it draws (a regular expression's source, over the widget's
 *  in-memory path); the last draws the rest. */
const FLOWS = __HOSTWAY_FLOW_MODULES__.map(([paths, bindings, wasm]) => ({
  paths: new RegExp(paths),
  load: moduleLoader(bindings, wasm),
}));
const loadFlow = FLOWS[FLOWS.length - 1].load;
/** The flow's module that draws `path`. */
function flowFor(path) {
  return FLOWS.find((flow) => flow.paths.test(path)) ?? FLOWS[FLOWS.length - 1];
}

const appBase = new URL(".", import.meta.url).href;

/** The language all widgets of the page speak (one page, one language): the first mounted host's
 *  `data-locale`, else the browser's (see `chooseLocale`). Its strings are fetched once. */
let pageChoice, pageLocale;
function choiceFor(host) {
  pageChoice ??= chooseLocale(host.dataset.locale);
  return pageChoice;
}
function localeFor(host) {
  pageLocale ??= loadLocale(choiceFor(host));
  return pageLocale;
}

/** Installs the page's language in `module` (each module has its own) and on `host`. */
async function speaking(module, host) {
  const words = await localeFor(host);
  module.setLocale(words.tag, words.strings);
  host.lang = words.tag;
  return module;
}

/** Each host's mounted stage (first stage or a module of the flow, each with `unmount()` and
 *  `free()`), and its hand-over in flight (to which module, and its asks: see `handover`). */
const mounted = new Map();
/** The hosts whose first stage waits for the page's language. */
const mounting = new Set();
const switching = new Map();
/** Each host's last quote told to the shop (`hostway:quote`'s hash): a module that arrives does not
 *  tell it again. */
const quoted = new Map();

function prefetch() {
  loadFlow().catch(() => {});
}

/** Pointing at, touching or focusing a link in a widget (inside its shadow root): the module that
 *  draws its place is fetched ahead. */
function intent(event) {
  const link = event.composedPath()[0]?.closest?.("a[href]");
  if (!link?.href.startsWith(appBase)) return;
  flowFor(`/${link.href.slice(appBase.length)}`).load().catch(() => {});
}

function failed(host, message) {
  host.dispatchEvent(new CustomEvent("hostway:error", {
    bubbles: true,
    composed: true,
    detail: { message, status: null, orderId: null },
  }));
}

/** Mounts in `host` the flow's module for `chosen` (the first stage's choices as a query, or the place
 *  to open, `at=/order/account`) in place of what is mounted there, once however often it is asked
 *  while the module loads (only the last ask is mounted). Resolves once mounted; rejects when the
 *  module could not be loaded. */
function show(host, chosen) {
  const flow = flowFor(new URLSearchParams(chosen ?? "").get("at") ?? "/");
  let asked = switching.get(host);
  if (asked?.flow !== flow) {
    asked?.once.cancel();
    asked = { flow, once: handover(async () => speaking(await flow.load(), host)) };
    switching.set(host, asked);
  }
  return asked.once.to((code) => {
    if (switching.get(host) === asked) switching.delete(host);
    const stage = mounted.get(host);
    if (!stage) return;
    const away = (path) => {
      const told = quoted.get(host);
      return show(host, `at=${encodeURIComponent(path)}${told ? `&quoted=${encodeURIComponent(told)}` : ""}`);
    };
    mounted.set(host, code.mountWidget(host, appBase, chosen, away));
    stage.unmount();
    stage.free();
  });
}

/** "Order now" in `host`'s first stage: mounts the flow there with what was `chosen` (a query). The
 *  promise rejects when the flow could not be loaded; the first stage then says so and stays. */
async function start(host, chosen) {
  try {
    return await show(host, chosen);
  } catch (error) {
    failed(host, "The order form could not be opened: its code did not load.");
    throw error;
  }
}

/** The flow is fetched ahead when the first stage in `host` is usable, once the shop's page has loaded
 *  (its own content first) and while the widget is in view. */
function usable(host) {
  const inView = () => {
    const seen = new IntersectionObserver((entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      seen.disconnect();
      aheadWhenIdle(loadFlow);
    });
    seen.observe(host);
  };
  if (document.readyState === "complete") inView();
  else addEventListener("load", inView, { once: true });
}

/** Mounts a widget's first stage into `host` (once), in the page's language. */
async function mountWith(first, host) {
  if (mounted.has(host) || mounting.has(host)) return;
  mounting.add(host);
  await speaking(first, host);
  mounting.delete(host);
  if (mounted.has(host) || !host.isConnected) return;
  try {
    mounted.set(host, first.mountFirst(host, (chosen) => start(host, chosen), () => usable(host)));
    for (const type of ["pointerenter", "focusin", "touchstart"]) {
      host.addEventListener(type, prefetch, { once: true, passive: true });
    }
    for (const type of ["pointerover", "focusin", "touchstart"]) {
      host.addEventListener(type, intent, { passive: true });
    }
    host.addEventListener("hostway:quote", (event) => quoted.set(host, event.detail?.quoteHash));
  } catch (error) {
    failed(host, `The order form could not start: ${error}`);
  }
}

/** Unmounts the widget in `host`: its view, requests and timers stop. */
export function unmount(host) {
  const widget = mounted.get(host);
  switching.delete(host);
  quoted.delete(host);
  if (!widget) return;
  mounted.delete(host);
  widget.unmount();
  widget.free();
}

const HOSTS = "[data-hostway-order]";

function hosts(node) {
  return [...(node.matches?.(HOSTS) ? [node] : []), ...(node.querySelectorAll?.(HOSTS) ?? [])];
}

/** The widget's code could not load: each element says so in the shop's page, with what to do. */
function unloadable(node) {
  for (const host of hosts(node)) {
    if (host.shadowRoot || host.dataset.hostwayUnloadable) continue;
    host.dataset.hostwayUnloadable = "";
    const line = document.createElement("p");
    line.setAttribute("role", "alert");
    line.textContent = bootWord(choiceFor(host).tag, "boot.widget_not_loaded");
    host.replaceChildren(line);
    failed(host, line.textContent);
  }
}

let first;
try {
  first = await loadFirst();
} catch (error) {
  unloadable(document);
  new MutationObserver((records) => {
    for (const record of records) record.addedNodes.forEach(unloadable);
  }).observe(document.documentElement, { childList: true, subtree: true });
  throw error;
}

/** Mounts the widget into `host` (once). */
export function mount(host) {
  mountWith(first, host);
}

hosts(document).forEach(mount);
new MutationObserver((records) => {
  for (const record of records) {
    record.addedNodes.forEach((node) => node.nodeType === Node.ELEMENT_NODE && hosts(node).forEach(mount));
  }
  // A host moved within the page stays mounted; one that left it is unmounted.
  for (const host of [...mounted.keys()]) {
    if (!host.isConnected) unmount(host);
  }
}).observe(document.documentElement, { childList: true, subtree: true });
