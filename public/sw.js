// Prestasi's service worker: after one visit the simulators, the rating preview and the
// employee's plan open and compute without a connection.
//
// - The bundle (immutable, one folder per build) is served from the cache first. The build
//   writes BUILD and PRECACHE below: the shell and the chunks of the offline features are
//   fetched at install; any other chunk is kept the first time it is used.
// - Pages: always the network first. Only the pages that work offline are kept (the last copy
//   the network gave), to be shown when the network fails; any other page offline gets the
//   offline notice. Server-function answers (/api/) are never kept.
// - Kept pages hold the account's own data: they are dropped when the server says the visitor
//   is not logged in (401/403), when the login page is opened, and at logout (the logout answer
//   carries Clear-Site-Data, which also removes this worker and the offline outbox).
const BUILD = "dev";
const PRECACHE = [];

const ASSETS = `prestasi-assets-${BUILD}`;
const PAGES = `prestasi-pages-${BUILD}`;
const OFFLINE = "/offline.html";
const OFFLINE_PAGES = [
  /^\/simulasi\/predikat$/,
  /^\/karier$/,
  /^\/saya\/skp$/,
  /^\/tim\/skp\/\d+$/,
  /^\/$/,
];

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(ASSETS)
      .then((cache) => cache.addAll(PRECACHE))
      .then(() => self.skipWaiting()),
  );
});

// A new build: the old build's files and the pages that name them go.
self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name !== ASSETS && name !== PAGES) await caches.delete(name);
      }
      await self.clients.claim();
    })(),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || url.pathname.startsWith("/api/")) return;
  if (request.mode === "navigate") {
    event.respondWith(page(request, url));
  } else if (url.pathname.startsWith("/pkg/") || PRECACHE.includes(url.pathname)) {
    event.respondWith(asset(request, url));
  }
});

async function asset(request, url) {
  const kept = await caches.match(request, { cacheName: ASSETS, ignoreVary: true });
  if (kept) return kept;
  const response = await fetch(request);
  if (response.ok && url.pathname.startsWith(`/pkg/${BUILD}/`)) {
    const cache = await caches.open(ASSETS);
    await cache.put(request, response.clone());
  }
  return response;
}

async function page(request, url) {
  const offline = OFFLINE_PAGES.some((pattern) => pattern.test(url.pathname));
  let response;
  try {
    response = await fetch(request);
  } catch (unreachable) {
    const kept =
      offline && (await caches.match(request, { cacheName: PAGES, ignoreVary: true }));
    return kept || (await caches.match(OFFLINE, { cacheName: ASSETS })) || Response.error();
  }
  if (response.status === 401 || response.status === 403 || url.pathname === "/masuk") {
    await caches.delete(PAGES);
  } else if (offline && response.ok && !response.redirected) {
    const cache = await caches.open(PAGES);
    await cache.put(request, response.clone());
  }
  return response;
}
