// The operator dashboard's script: login, logout, upload with the job's progress (SSE), publish with If-Match,
// approve, emergency mode, cancel. Every write sends the session's CSRF token; no inline script (CSP).
(function () {
  'use strict';
  var body = document.body;
  var meta = document.querySelector('meta[name="csrf-token"]');
  var csrf = meta ? meta.content : '';
  function msg(key, a, b) {
    var s = body.getAttribute('data-msg-' + key) || key;
    return s.replace('{0}', a === undefined ? '' : a).replace('{1}', b === undefined ? '' : b);
  }
  function note(text, el) {
    var n = el || document.getElementById('note');
    if (n) { n.textContent = text; }
  }
  function send(method, url, json, headers) {
    var h = { 'Content-Type': 'application/json', 'X-CSRF-Token': csrf };
    for (var k in headers || {}) { h[k] = headers[k]; }
    return fetch(url, { method: method, headers: h, body: json === null ? undefined : json,
      credentials: 'same-origin' }).then(function (r) {
      return r.text().then(function (t) {
        var data = null;
        try { data = t ? JSON.parse(t) : null; } catch (e) { data = null; }
        return { status: r.status, data: data };
      });
    });
  }
  function problem(r) {
    var d = r.data || {};
    return msg('error', (d.detail || d.title || r.status) + (d.field ? ' (' + d.field + ')' : ''));
  }

  var login = document.getElementById('login');
  if (login) {
    login.addEventListener('submit', function (e) {
      e.preventDefault();
      var out = document.getElementById('login-error');
      send('POST', '/api/v1/session', JSON.stringify({ name: login.name.value, password: login.password.value }))
        .then(function (r) {
          if (r.status === 201) { location.href = login.getAttribute('data-next'); return; }
          if (r.status === 429) { out.textContent = msg('429', (r.data && r.data.retryAfter) || 30); return; }
          out.textContent = r.status === 401 ? msg('401') : problem(r);
        });
    });
  }

  var logout = document.getElementById('logout');
  if (logout) {
    logout.addEventListener('click', function () {
      send('DELETE', '/api/v1/operator/session', null).then(function () {
        location.href = '/login?lang=' + body.getAttribute('data-lang');
      });
    });
  }

  var file = document.getElementById('upload-file');
  if (file) {
    file.addEventListener('change', function () {
      if (file.files.length) {
        file.files[0].text().then(function (t) { document.getElementById('upload-body').value = t; });
      }
    });
  }

  // The overview's lists (jobs and drafts, the audit log) as the server renders them now: fetched again and swapped
  // in, so a job's draft shows in the lists when the job ends without a reload (one renderer, the server's).
  function refreshLists() {
    return fetch(location.href, { cache: 'no-store', credentials: 'same-origin' }).then(function (r) {
      return r.ok ? r.text() : null;
    }).then(function (html) {
      if (!html) { return; }
      var doc = new DOMParser().parseFromString(html, 'text/html');
      ['jobs', 'audit'].forEach(function (id) {
        var now = document.getElementById(id);
        var fresh = doc.getElementById(id);
        if (now && fresh) { now.replaceWith(document.importNode(fresh, true)); }
      });
    });
  }

  function follow(id) {
    var box = document.getElementById('progress');
    var bar = document.getElementById('progress-bar');
    var text = document.getElementById('progress-text');
    box.hidden = false;
    note(msg('queued', id), text);
    var es = new EventSource('/api/v1/operator/jobs/' + id + '/events');
    function show(ev) {
      var j = JSON.parse(ev.data);
      var p = j.progress;
      if (p && p.total > 0) { bar.max = p.total; bar.value = p.done; }
      text.textContent = '#' + j.id + ' ' + j.status + (p ? ' · ' + p.stage + ' ' + p.done + '/' + p.total : '');
      return j;
    }
    es.addEventListener('progress', show);
    es.addEventListener('end', function (ev) {
      es.close();
      var j = show(ev);
      if (j.status === 'DONE' && j.draft) {
        bar.max = 1; bar.value = 1;
        var a = document.createElement('a');
        a.href = '/operator/drafts/' + j.draft + '?lang=' + body.getAttribute('data-lang');
        a.id = 'open-draft';
        a.textContent = msg('open', j.draft);
        text.textContent = msg('done') + ' ';
        text.appendChild(a);
      } else {
        text.textContent = msg('failed', j.status, j.message || '');
      }
      refreshLists();
    });
  }

  var upload = document.getElementById('upload-form');
  if (upload) {
    upload.addEventListener('submit', function (e) {
      e.preventDefault();
      var regions = document.getElementById('upload-regions').value.trim();
      var url = '/api/v1/operator/jobs' + (regions ? '?regions=' + encodeURIComponent(regions) : '');
      send('POST', url, document.getElementById('upload-body').value).then(function (r) {
        if (r.status === 202) { follow(r.data.id); refreshLists(); } else { note(problem(r)); }
      });
    });
  }

  var publish = document.getElementById('publish-form');
  if (publish) {
    publish.addEventListener('submit', function (e) {
      e.preventDefault();
      var out = document.getElementById('publish-result');
      var id = publish.getAttribute('data-draft');
      send('POST', '/api/v1/operator/drafts/' + id + '/publish',
        JSON.stringify({ reason: document.getElementById('reason').value,
          acknowledgeAcCheck: !!(document.getElementById('acknowledge-ac') || {}).checked }),
        { 'If-Match': publish.getAttribute('data-based-on') }).then(function (r) {
        var d = r.data || {};
        if (r.status === 201) {
          var list = Object.keys(d.revisions || {}).map(function (k) { return k + ' #' + d.revisions[k]; });
          out.className = 'ok';
          out.textContent = msg('published', list.join(', '));
          publish.querySelector('button[type=submit]').disabled = true;
        } else if (r.status === 409) {
          var cur = Object.keys(d.current || {}).map(function (k) { return k + ' #' + d.current[k]; });
          out.className = 'error';
          out.textContent = d.current ? msg('conflict', cur.join(', ')) : problem(r);
        } else if (r.status === 428) {
          out.className = 'error'; out.textContent = msg('428');
        } else if (r.status === 422) {
          out.className = 'error'; out.textContent = msg('422', d.detail || '');
        } else {
          out.className = 'error'; out.textContent = problem(r);
        }
      });
    });
  }

  var approve = document.getElementById('approve');
  if (approve) {
    approve.addEventListener('click', function () {
      send('POST', '/api/v1/operator/drafts/' + approve.getAttribute('data-draft') + '/approve', '{}').then(function (r) {
        note(r.status === 200 ? msg('approved') : problem(r), document.getElementById('publish-result'));
      });
    });
  }

  document.querySelectorAll('.emergency-form').forEach(function (f) {
    f.addEventListener('submit', function (e) {
      e.preventDefault();
      var region = f.region.value;
      send('POST', '/api/v1/operator/regions/' + encodeURIComponent(region) + '/emergency',
        JSON.stringify({ message: f.message.value })).then(function (r) {
        note(r.status === 200 ? msg('emergency', region) : problem(r));
      });
    });
  });

  // delegated: the jobs list is swapped in when it changes
  document.addEventListener('click', function (e) {
    var b = e.target.closest ? e.target.closest('button.cancel') : null;
    if (!b) { return; }
    send('POST', '/api/v1/operator/jobs/' + b.getAttribute('data-job') + '/cancel', '{}').then(function (r) {
      note(r.status === 202 ? msg('done') : problem(r));
      refreshLists();
    });
  });
})();
