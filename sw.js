// Enrollready's service worker: after one visit the page opens and works
// without a network. The post-build hook (scripts/csp_hash.py) writes the
// list of files and the version below; never edit them by hand. A changed
// file gives a new version, which installs, takes over and deletes the old
// cache.
const VERSION = "__VERSION__";
const PRECACHE = __PRECACHE__;
const CACHE = "enrollready-" + VERSION;

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches.open(CACHE)
      // Past the HTTP cache: a new version never stores a stale page.
      .then((cache) => cache.addAll(PRECACHE.map((url) => new Request(url, { cache: "reload" }))))
      .then(() => self.skipWaiting())
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(
        keys.filter((k) => k.startsWith("enrollready-") && k !== CACHE)
          .map((k) => caches.delete(k))
      ))
      .then(() => self.clients.claim())
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) {
    return;
  }
  if (request.mode === "navigate") {
    // The page itself: the network first, so a new release is seen online;
    // the cached page when offline.
    event.respondWith(
      fetch(request).catch(() =>
        caches.open(CACHE).then((cache) => cache.match("./"))
      )
    );
    return;
  }
  // Hashed files never change: the cache first.
  event.respondWith(
    caches.open(CACHE).then((cache) =>
      cache.match(request).then((hit) => hit || fetch(request))
    )
  );
});
