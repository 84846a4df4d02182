// Keeps the form working offline once it has been loaded: every request for the page's own
// files goes to the network first and, when there is no network, to the copy kept here.
// Nothing else is ever fetched; requests to other origins are not touched (the page makes none).
const CACHE = 'sefcheck-form-v1';

self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  event.respondWith(
    fetch(request)
      .then((response) => {
        if (response.ok && response.type === 'basic') {
          const copy = response.clone();
          event.waitUntil(caches.open(CACHE).then((cache) => cache.put(request, copy)));
        }
        return response;
      })
      .catch(async () => {
        const cache = await caches.open(CACHE);
        const kept = await cache.match(request, { ignoreSearch: true, ignoreVary: true });
        if (kept) return kept;
        if (request.mode === 'navigate') {
          const page = await cache.match('/', { ignoreVary: true });
          if (page) return page;
        }
        return Response.error();
      }),
  );
});
