/* Fairshed public page: suggestions as you type, countdown, live update over SSE, offline "as of", push.
   The page is readable without it: the schedule is in the HTML. No inline script (CSP). */
(function () {
  'use strict';
  var d = document, h = d.documentElement, ds = h.dataset, HALF = 1800000;

  function clockSkew() {
    if (ds.skew) return +ds.skew;
    try {
      var nav = performance.getEntriesByType('navigation')[0];
      var st = nav && nav.serverTiming && nav.serverTiming.filter(function (e) { return e.name === 'clock'; })[0];
      if (st) { var s = +st.description - Date.now(); localStorage.setItem('fs.skew', s); return s; }
      return +(localStorage.getItem('fs.skew') || 0);
    } catch (e) { return 0; }
  }
  var skew = clockSkew();
  function now() { return Date.now() + skew; }
  function fmt(ms) {
    var m = Math.max(1, Math.ceil(ms / 60000)), hh = Math.floor(m / 60), mm = m % 60;
    return ds.in.replace('{0}', ((hh ? hh + ' ' + ds.h + ' ' : '') + (mm || !hh ? mm + ' ' + ds.m : '')).trim());
  }
  function fmtTime(ms) {
    try {
      return new Intl.DateTimeFormat(h.lang === 'uk' ? 'uk-UA' : 'en-GB', { timeZone: ds.zone || undefined,
        day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' }).format(new Date(ms));
    } catch (e) { return new Date(ms).toLocaleString(); }
  }

  /* countdown and the "now" half-hour on the bars */
  var refreshing = 0;
  function tick() {
    var expired = false;
    d.querySelectorAll('[data-until]').forEach(function (e) {
      var left = Date.parse(e.dataset.until) - now();
      if (left <= 0) { expired = true; e.textContent = '(' + ds.passed + ')'; } else e.textContent = '(' + fmt(left) + ')';
    });
    d.querySelectorAll('.bar[data-start]').forEach(function (b) {
      var k = Math.floor((now() - +b.dataset.start) / HALF), c = b.children;
      for (var i = 0; i < c.length; i++) c[i].classList.toggle('cur', i === k);
    });
    if (expired && ds.src !== 'cache' && Date.now() - refreshing > 20000) refresh(false);
  }

  /* a new revision or day status: fetch this page again and swap <main> (one renderer: the server's) */
  function refresh(announce) {
    refreshing = Date.now();
    return fetch(location.href, { cache: 'no-cache', credentials: 'same-origin' }).then(function (r) {
      if (!r.ok) return;
      var t = /clock;desc="?(\d+)/.exec(r.headers.get('Server-Timing') || '');
      if (t) skew = +t[1] - Date.now();
      return r.text().then(function (html) {
        var doc = new DOMParser().parseFromString(html, 'text/html'), m = doc.getElementById('main');
        if (!m) return;
        d.getElementById('main').replaceWith(m);
        if (announce) d.getElementById('live').textContent = ds.updated;
        tick(); wirePush();
      });
    }).catch(function () {});
  }

  function live() {
    if (!ds.region || !window.EventSource) return;
    var groups = (ds.groups || '').split(',');
    var src = new EventSource('/api/v1/events?region=' + encodeURIComponent(ds.region)
      + (groups.length === 1 && groups[0] ? '&group=' + encodeURIComponent(groups[0]) : ''));
    src.addEventListener('revision', function (e) {
      refresh(true); // every revision: at least its number and time change on the page
    });
    src.addEventListener('day-status', function () { refresh(true); });
  }

  /* offline: the service worker served the saved page and marked it */
  function offline() {
    if (ds.src !== 'cache') return;
    var p = d.getElementById('asof');
    p.textContent = ds.offline.replace('{0}', fmtTime(+ds.asof));
    p.hidden = false;
  }

  /* suggestions as you type (Cyrillic or Latin: the API folds both) */
  function suggest() {
    var q = d.getElementById('q'), list = d.getElementById('sugg');
    if (!q || !list) return;
    var timer = 0, seq = 0, active = -1;
    function close() { list.hidden = true; q.setAttribute('aria-expanded', 'false'); q.removeAttribute('aria-activedescendant'); active = -1; }
    function go(li) { location.href = li.dataset.href; }
    function mark(i) {
      var items = list.children;
      if (!items.length) return;
      active = (i + items.length) % items.length;
      for (var k = 0; k < items.length; k++) items[k].setAttribute('aria-selected', k === active ? 'true' : 'false');
      q.setAttribute('aria-activedescendant', items[active].id);
      items[active].scrollIntoView({ block: 'nearest' });
    }
    q.addEventListener('input', function () {
      clearTimeout(timer);
      var v = q.value.trim();
      if (v.length < 2) { close(); return; }
      timer = setTimeout(function () {
        var mine = ++seq;
        fetch('/api/v1/addresses?limit=8&q=' + encodeURIComponent(v)).then(function (r) { return r.ok ? r.json() : null; })
          .then(function (body) {
            if (!body || mine !== seq) return;
            list.textContent = '';
            body.results.forEach(function (a, i) {
              var li = d.createElement('li'), s = d.createElement('span');
              li.id = 'opt-' + i; li.setAttribute('role', 'option'); li.setAttribute('aria-selected', 'false');
              li.dataset.href = '/address/' + a.id + '?lang=' + h.lang;
              li.textContent = a.label;
              s.className = 'detail'; s.textContent = a.regionName + ' · ' + a.groups.join(', ');
              li.appendChild(s);
              li.addEventListener('mousedown', function (e) { e.preventDefault(); go(li); });
              list.appendChild(li);
            });
            list.hidden = !body.results.length;
            q.setAttribute('aria-expanded', body.results.length ? 'true' : 'false');
            active = -1;
          }).catch(function () {});
      }, 150);
    });
    q.addEventListener('keydown', function (e) {
      if (list.hidden) return;
      if (e.key === 'ArrowDown') { e.preventDefault(); mark(active + 1); }
      else if (e.key === 'ArrowUp') { e.preventDefault(); mark(active - 1); }
      else if (e.key === 'Enter' && active >= 0) { e.preventDefault(); go(list.children[active]); }
      else if (e.key === 'Escape') close();
    });
    q.addEventListener('blur', function () { setTimeout(close, 150); });
  }

  /* the addresses kept for offline, listed on the search page */
  function remember() {
    try {
      var saved = JSON.parse(localStorage.getItem('fs.saved') || '[]');
      if (d.querySelector('article.group') && ds.src !== 'cache') {
        var t = d.title.split(' — ')[0], u = location.pathname + location.search;
        saved = [{ u: u, t: t }].concat(saved.filter(function (s) { return s.u.split('?')[0] !== location.pathname; })).slice(0, 8);
        localStorage.setItem('fs.saved', JSON.stringify(saved));
      }
      var box = d.getElementById('saved');
      if (box && saved.length) {
        var ul = box.querySelector('ul');
        saved.forEach(function (s) {
          var li = d.createElement('li'), a = d.createElement('a');
          a.href = s.u; a.textContent = s.t; li.appendChild(a); ul.appendChild(li);
        });
        box.hidden = false;
      }
    } catch (e) { /* storage refused: nothing remembered */ }
  }

  function worker() {
    if (!('serviceWorker' in navigator)) return;
    navigator.serviceWorker.register('/sw.js').then(function () { return navigator.serviceWorker.ready; })
      .then(function (reg) {
        if (/^\/(address|group)\//.test(location.pathname) && ds.src !== 'cache' && reg.active) {
          reg.active.postMessage({ keep: location.pathname + location.search });
        }
      }).catch(function () {});
  }

  /* push (helper B's /api/v1/push): shown only when the browser supports it and the server answers */
  var pushKey = null;
  function b64(s) {
    var p = (s + '===='.slice((s.length + 3) % 4)).replace(/-/g, '+').replace(/_/g, '/'), raw = atob(p), out = new Uint8Array(raw.length);
    for (var i = 0; i < raw.length; i++) out[i] = raw.charCodeAt(i);
    return out;
  }
  function wirePush() {
    var box = d.getElementById('push');
    if (!box || !pushKey) return;
    var on = d.getElementById('push-on'), off = d.getElementById('push-off'), msg = d.getElementById('push-msg');
    var saved = JSON.parse(localStorage.getItem('fs.push.' + location.pathname) || 'null');
    box.hidden = false; on.hidden = !!saved; off.hidden = !saved;
    on.onclick = function () {
      var warn = [].slice.call(box.querySelectorAll('input[name=warn]:checked')).map(function (i) { return +i.value; });
      Notification.requestPermission().then(function (perm) {
        if (perm !== 'granted') { msg.textContent = msg.dataset.denied; return; }
        return navigator.serviceWorker.ready.then(function (reg) {
          return reg.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: b64(pushKey) });
        }).then(function (sub) {
          var body = { subscription: sub.toJSON(), warnMinutes: warn, lang: h.lang };
          if (ds.address) body.addressId = +ds.address; else { body.region = ds.region; body.group = ds.groups; }
          return fetch('/api/v1/push/subscriptions', { method: 'POST', headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify(body) });
        }).then(function (r) { return r.ok ? r.json() : Promise.reject(r.status); }).then(function (s) {
          localStorage.setItem('fs.push.' + location.pathname, JSON.stringify(s));
          msg.textContent = msg.dataset.done; on.hidden = true; off.hidden = false;
        });
      }).catch(function () { msg.textContent = msg.dataset.denied; });
    };
    off.onclick = function () {
      var s = JSON.parse(localStorage.getItem('fs.push.' + location.pathname) || 'null');
      if (!s) return;
      fetch('/api/v1/push/subscriptions/' + encodeURIComponent(s.id), { method: 'DELETE', headers: { 'X-Manage-Token': s.manageToken } })
        .finally(function () { localStorage.removeItem('fs.push.' + location.pathname); on.hidden = false; off.hidden = true; msg.textContent = ''; });
    };
  }
  function push() {
    if (!d.getElementById('push') || !('PushManager' in window) || !('Notification' in window) || ds.src === 'cache') return;
    fetch('/api/v1/push/key').then(function (r) { return r.ok ? r.json() : null; })
      .then(function (k) { if (k && k.publicKey) { pushKey = k.publicKey; wirePush(); } }).catch(function () {});
  }

  function start() {
    offline(); tick(); setInterval(tick, 15000); suggest(); remember(); live(); worker(); push();
  }
  if (d.readyState === 'loading') d.addEventListener('DOMContentLoaded', start); else start();
})();
