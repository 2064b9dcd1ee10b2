// Keeps the page working offline once it was loaded from a server: every file of the folder is cached on
// install and answered from the cache first. build.mjs fills in the file list and a version from their contents.
const FILES = __FILES__;
const CACHE = 'toc-web-__VERSION__';
self.addEventListener('install', event => {
    event.waitUntil(caches.open(CACHE).then(cache => cache.addAll(FILES)).then(() => self.skipWaiting()));
});
self.addEventListener('activate', event => {
    event.waitUntil(caches.keys().then(keys => Promise.all(keys.filter(k => k !== CACHE).map(k => caches.delete(k)))).then(() => self.clients.claim()));
});
self.addEventListener('fetch', event => {
    if (event.request.method !== 'GET') return;
    event.respondWith(caches.match(event.request, { ignoreSearch: true }).then(hit => hit ?? fetch(event.request)));
});
