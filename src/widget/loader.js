// Hostway order widget loader. A shop adds one tag and one element:
//   <script type="module" src="https://APP/widget.js"></script>
//   <div data-hostway-order data-api="https://API" data-product="core.plan.www.basic"></div>
// It mounts the ordering flow into every [data-hostway-order] element, now and later, and unmounts a widget
// when its element leaves the page. `cargo xtask build` writes this file into the build with the hashed
// names of the wasm module and its bindings.
import init, { mountWidget } from "./__HOSTWAY_BINDGEN__";

const appBase = new URL(".", import.meta.url).href;
await init({ module_or_path: new URL("./__HOSTWAY_WASM__", import.meta.url) });

const mounted = new Map();

/** Mounts a widget into `host` (once). */
export function mount(host) {
  if (mounted.has(host)) return;
  try {
    mounted.set(host, mountWidget(host, appBase));
  } catch (error) {
    host.dispatchEvent(new CustomEvent("hostway:error", {
      bubbles: true,
      composed: true,
      detail: { message: `The order form could not start: ${error}`, status: null, orderId: null },
    }));
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
