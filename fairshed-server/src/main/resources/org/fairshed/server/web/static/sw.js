/* Fairshed service worker: keeps the assets and the last schedule of the user's addresses (the pages visited,
   newest 8) and shows them offline, marked with the time they were fetched ("as of"). Pages: network first (a
   weak connection gets 6 s), then the saved copy. The page's own script shows the "as of" notice. */
'use strict';
var VERSION = 'fs-__VERSION__', ASSETS = __ASSETS__, PAGES = 'fs-pages', KEEP = 8, WAIT = 6000;

self.addEventListener('install', function (e) {
  e.waitUntil(caches.open(VERSION).then(function (c) { return c.addAll(ASSETS); }).then(function () { return self.skipWaiting(); }));
});
self.addEventListener('activate', function (e) {
  e.waitUntil(caches.keys().then(function (keys) {
    return Promise.all(keys.filter(function (k) { return k !== VERSION && k !== PAGES; }).map(function (k) { return caches.delete(k); }));
  }).then(function () { return self.clients.claim(); }));
});

function isPage(url) { return url.origin === location.origin && /^\/(address|group)\//.test(url.pathname); }
function key(url) { return url.pathname + url.search; }
function serverClock(res) {
  var m = /clock;desc="?(\d+)/.exec(res.headers.get('Server-Timing') || '');
  return m ? +m[1] : Date.now();
}
/* the page with attributes on <html> the script reads: where it came from, when, the server's clock offset */
function mark(res, attrs) {
  return res.text().then(function (html) {
    var headers = new Headers(res.headers);
    headers.delete('Content-Length');
    return new Response(html.replace('<html ', '<html ' + attrs + ' '), { status: res.status, statusText: res.statusText, headers: headers });
  });
}
function save(url, res) {
  var clock = serverClock(res), skew = clock - Date.now();
  return res.clone().text().then(function (html) {
    var headers = new Headers(res.headers);
    headers.set('X-Fetched-At', String(clock));
    headers.set('X-Skew', String(skew));
    return caches.open(PAGES).then(function (c) {
      return c.delete(key(url)).then(function () { return c.put(key(url), new Response(html, { headers: headers })); })
        .then(function () { return c.keys(); })
        .then(function (keys) { return Promise.all(keys.slice(0, Math.max(0, keys.length - KEEP)).map(function (k) { return c.delete(k); })); });
    });
  }).then(function () { return skew; });
}
function fromCache(url) {
  return caches.open(PAGES).then(function (c) {
    return c.match(key(url)).then(function (hit) { return hit || c.match(url.pathname, { ignoreSearch: true }); });
  }).then(function (hit) {
    if (!hit) return Response.error();
    return mark(hit, 'data-src="cache" data-asof="' + hit.headers.get('X-Fetched-At') + '" data-skew="' + (hit.headers.get('X-Skew') || 0) + '"')
      .then(function (r) { return r; });
  });
}
function page(request) {
  var url = new URL(request.url);
  var network = fetch(request).then(function (res) {
    if (!res.ok || res.status === 206) return res;
    return save(url, res).then(function (skew) { return mark(res, 'data-skew="' + skew + '"'); });
  });
  var timeout = new Promise(function (resolve, reject) { setTimeout(function () { reject(new Error('slow')); }, WAIT); });
  return Promise.race([network, timeout]).catch(function () {
    return fromCache(url).then(function (r) { return r.type === 'error' ? network : r; });
  });
}

self.addEventListener('fetch', function (e) {
  var r = e.request, url = new URL(r.url);
  if (r.method !== 'GET' || url.origin !== location.origin) return;
  if (url.pathname.indexOf('/static/') === 0) {
    e.respondWith(caches.match(r).then(function (hit) { return hit || fetch(r); }));
  } else if (isPage(url) && (r.mode === 'navigate' || r.headers.get('Accept') !== 'text/event-stream')) {
    e.respondWith(page(r));
  }
});

/* a page seen before this worker controlled it: keep it too */
self.addEventListener('message', function (e) {
  if (!e.data || !e.data.keep) return;
  var url = new URL(e.data.keep, location.origin);
  if (!isPage(url)) return;
  e.waitUntil(fetch(url.href).then(function (res) { return res.ok ? save(url, res) : null; }).catch(function () {}));
});

self.addEventListener('push', function (e) {
  var data = {};
  try { data = e.data ? e.data.json() : {}; } catch (err) { data = { body: e.data.text() }; }
  e.waitUntil(self.registration.showNotification(data.title || 'Fairshed', { body: data.body || '', tag: data.tag || 'fairshed',
    data: { url: data.url || '/' } }));
});
self.addEventListener('notificationclick', function (e) {
  e.notification.close();
  e.waitUntil(self.clients.openWindow(e.notification.data && e.notification.data.url || '/'));
});
