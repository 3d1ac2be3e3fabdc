// The widget test page's setup, in order: count live timers (to prove a removed widget leaves none),
// record the widgets' events, add the hostile stylesheet when asked (?hostile), put the widgets below
// the fold when asked (?below), give the second widget another product when asked (?product=…), set the
// widgets' language when asked (?locale=nl: on both, as a shop would), then
// load the widget unless asked not to (?widget=0).
const params = new URLSearchParams(location.search);

const live = new Set();
const native = { setTimeout, clearTimeout, setInterval, clearInterval };
window.setTimeout = (callback, ms, ...args) => {
  const id = native.setTimeout.call(window, (...a) => {
    live.delete(id);
    if (typeof callback === "function") callback(...a);
  }, ms, ...args);
  live.add(id);
  return id;
};
window.clearTimeout = (id) => {
  live.delete(id);
  native.clearTimeout.call(window, id);
};
window.setInterval = (callback, ms, ...args) => {
  const id = native.setInterval.call(window, callback, ms, ...args);
  live.add(id);
  return id;
};
window.clearInterval = (id) => {
  live.delete(id);
  native.clearInterval.call(window, id);
};
window.liveTimers = () => live.size;
performance.setResourceTimingBufferSize(100000);

window.hostwayEvents = [];
for (const name of ["hostway:ready", "hostway:quote", "hostway:submitted", "hostway:completed", "hostway:error"]) {
  document.addEventListener(name, (event) => {
    window.hostwayEvents.push({ host: event.target.id, name, detail: event.detail });
  });
}

if (params.has("hostile")) {
  const link = document.createElement("link");
  link.rel = "stylesheet";
  link.href = "/test/hostile.css";
  const loaded = new Promise((resolve) => { link.onload = resolve; });
  document.head.append(link);
  await loaded;
}
if (params.has("below")) {
  // The widgets below the fold: a tall block of the shop's own first.
  const spacer = document.createElement("div");
  spacer.style.height = "300vh";
  document.querySelector("#one").before(spacer);
}
if (params.has("product")) {
  document.querySelector("#two").dataset.product = params.get("product");
}
if (params.has("locale")) {
  for (const host of document.querySelectorAll("[data-hostway-order]")) host.dataset.locale = params.get("locale");
}
if (params.get("widget") !== "0") {
  await import(`${document.documentElement.dataset.app}/widget.js`);
}
window.pageReady = true;
