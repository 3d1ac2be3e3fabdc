// Hostway order widget loader. A shop adds one tag and one element:
//   <script type="module" src="https://APP/widget.js"></script>
//   <div data-hostway-order data-api="https://API" data-product="core.plan.www.basic"></div>
// It mounts the widget into every [data-hostway-order] element, now and later, and unmounts a widget when
// its element leaves the page. `cargo xtask build` writes this file into the build with the hashed names
// of the two modules and their bindings:
// - the first stage (small): the product, its choices and prices, and "Order now";
// - the ordering flow, loaded when a customer presses "Order now" (fetched ahead when they point at or
//   focus a widget), then mounted in the first stage's place with what was chosen.
import initFirst, { mountFirst } from "./__HOSTWAY_FIRST_BINDGEN__";

const appBase = new URL(".", import.meta.url).href;
await initFirst({ module_or_path: new URL("./__HOSTWAY_FIRST_WASM__", import.meta.url) });

/** Each host's mounted stage (first stage or flow): both have `unmount()` and `free()`. */
const mounted = new Map();
let flow;

let failures = 0;

/** The ordering flow's bindings, loaded once (and again after a failure: a browser keeps a failed
 *  module import failed for its URL, so a retry asks for it under a URL of its own). */
function loadFlow() {
  if (!flow) {
    const url = new URL("./__HOSTWAY_FLOW_BINDGEN__", import.meta.url);
    if (failures) url.searchParams.set("retry", String(failures));
    flow = import(url.href).then(async (bindings) => {
      await bindings.default({ module_or_path: new URL("./__HOSTWAY_FLOW_WASM__", import.meta.url) });
      return bindings;
    });
    flow.catch(() => {
      failures += 1;
      flow = undefined;
    });
  }
  return flow;
}

function prefetch() {
  loadFlow().catch(() => {});
}

function failed(host, message) {
  host.dispatchEvent(new CustomEvent("hostway:error", {
    bubbles: true,
    composed: true,
    detail: { message, status: null, orderId: null },
  }));
}

/** "Order now" in `host`'s first stage: mounts the flow there with what was `chosen` (a query). The
 *  promise rejects when the flow could not be loaded; the first stage then says so and stays. */
async function start(host, chosen) {
  let bindings;
  try {
    bindings = await loadFlow();
  } catch (error) {
    failed(host, "The order form could not be opened: its code did not load.");
    throw error;
  }
  const first = mounted.get(host);
  if (!first) return;
  mounted.set(host, bindings.mountWidget(host, appBase, chosen));
  first.unmount();
  first.free();
}

/** Mounts a widget's first stage into `host` (once). */
export function mount(host) {
  if (mounted.has(host)) return;
  try {
    mounted.set(host, mountFirst(host, (chosen) => start(host, chosen)));
    for (const type of ["pointerenter", "focusin", "touchstart"]) {
      host.addEventListener(type, prefetch, { once: true, passive: true });
    }
  } catch (error) {
    failed(host, `The order form could not start: ${error}`);
  }
}

/** Unmounts the widget in `host`: its view, requests and timers stop. */
export function unmount(host) {
  const widget = mounted.get(host);
  if (!widget) return;
  mounted.delete(host);
  widget.unmount();
  widget.free();
}

function scan(node) {
  if (node.matches?.("[data-hostway-order]")) mount(node);
  node.querySelectorAll?.("[data-hostway-order]").forEach(mount);
}

scan(document);
new MutationObserver((records) => {
  for (const record of records) {
    record.addedNodes.forEach((node) => node.nodeType === Node.ELEMENT_NODE && scan(node));
  }
  // A host moved within the page stays mounted; one that left it is unmounted.
  for (const host of [...mounted.keys()]) {
    if (!host.isConnected) unmount(host);
  }
}).observe(document.documentElement, { childList: true, subtree: true });
