// Installs the service worker once the page is interactive (the WebAssembly entry point marks
// <body data-hydrated>), so that the worker's downloads never compete with the first page's own
// on a slow link. (A file of its own: the pages' Content-Security-Policy allows no inline script
// but the hydration loader.)
if ("serviceWorker" in navigator) {
  const register = () => navigator.serviceWorker.register("/sw.js").catch(() => {});
  const hydrated = () => document.body && document.body.dataset.hydrated === "true";
  addEventListener("DOMContentLoaded", () => {
    if (hydrated()) return register();
    const watch = new MutationObserver(() => {
      if (!hydrated()) return;
      watch.disconnect();
      register();
    });
    watch.observe(document.body, { attributes: true, attributeFilter: ["data-hydrated"] });
  });
}
