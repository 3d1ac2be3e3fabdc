// The shop listens to the widgets' events on the page (they bubble out of each host element) and lists
// them; `window.hostwayEvents` keeps them for the browser tests.
const names = ["hostway:ready", "hostway:quote", "hostway:submitted", "hostway:completed", "hostway:error"];
window.hostwayEvents = [];
const list = document.getElementById("events");
for (const name of names) {
  document.addEventListener(name, (event) => {
    const host = event.target.id || "(no id)";
    window.hostwayEvents.push({ host, name, detail: event.detail });
    if (list) {
      const item = document.createElement("li");
      item.textContent = `${host}: ${name} ${JSON.stringify(event.detail)}`;
      list.append(item);
    }
  });
}
