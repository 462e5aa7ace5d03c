/* global window, document, fetch, EventSource, setTimeout, clearTimeout */
// Live chat for the contact channel: progressive enhancement of pages that work without it.
// Messages arrive over Server-Sent Events and are appended to the transcript; the form posts
// through the JSON API so the page need not reload; typing and read state are sent as they happen.
// Without this script the same page works by posting the form and following the refresh link.
(function () {
  'use strict';
  var form = document.querySelector('[data-live-form]');
  var queue = document.querySelector('[data-live-queue]');
  var transcript = document.querySelector('[data-transcript]');
  var presence = document.querySelector('[data-presence]');
  var source = form || queue;
  if (!source || !window.EventSource || !window.fetch) return;

  var csrfField = source.querySelector('input[name="_csrf"]');
  var headers = { 'content-type': 'application/json' };
  if (csrfField) headers['x-csrf-token'] = csrfField.value;
  var viewer = transcript ? transcript.getAttribute('data-viewer') : null;

  function post(url, body) {
    return fetch(url, { method: 'POST', headers: headers, credentials: 'same-origin', body: body ? JSON.stringify(body) : undefined });
  }

  function formatTime(iso) {
    try {
      return new Intl.DateTimeFormat(document.documentElement.lang || 'fi', {
        timeZone: 'Europe/Helsinki',
        dateStyle: 'short',
        timeStyle: 'short',
      }).format(new Date(iso));
    } catch (e) {
      return iso;
    }
  }

  function append(message) {
    if (!transcript || transcript.querySelector('[data-message-id="' + message.id + '"]')) return;
    var own = message.author === viewer;
    var li = document.createElement('li');
    li.className = 'transcript__message transcript__message--' + (own ? 'own' : 'other');
    li.setAttribute('data-message-id', message.id);
    var meta = document.createElement('p');
    meta.className = 'transcript__meta';
    var who = document.createElement('strong');
    who.textContent = own ? transcript.getAttribute('data-you') : message.authorName || transcript.getAttribute('data-other');
    var time = document.createElement('time');
    time.dateTime = message.createdAt;
    time.textContent = formatTime(message.createdAt);
    meta.appendChild(who);
    meta.appendChild(document.createTextNode(' '));
    meta.appendChild(time);
    var body = document.createElement('p');
    body.className = 'transcript__body';
    // textContent: what anyone typed is text, never markup.
    body.textContent = message.body;
    li.appendChild(meta);
    li.appendChild(body);
    transcript.appendChild(li);
    if (presence) presence.textContent = '';
  }

  var typingTimer = null;
  function show(text, seconds) {
    if (!presence) return;
    presence.textContent = text;
    clearTimeout(typingTimer);
    if (seconds)
      typingTimer = setTimeout(function () {
        presence.textContent = '';
      }, seconds * 1000);
  }

  var events = new EventSource(source.getAttribute('data-events'));
  events.addEventListener('message', function (e) {
    var data = JSON.parse(e.data);
    append(data.message);
    if (data.message.author !== viewer && form && form.getAttribute('data-read')) post(form.getAttribute('data-read'));
  });
  events.addEventListener('typing', function (e) {
    var data = JSON.parse(e.data);
    if (data.who !== viewer && presence) show(presence.getAttribute('data-typing-text'), 8);
  });
  events.addEventListener('read', function (e) {
    var data = JSON.parse(e.data);
    if (data.who !== viewer && presence) show(presence.getAttribute('data-read-text'), 0);
  });
  // A page that is already leaving (a form was sent) must not be reloaded under the navigation.
  var leaving = false;
  document.addEventListener('submit', function (e) {
    if (!e.defaultPrevented) leaving = true;
  });
  window.addEventListener('beforeunload', function () {
    leaving = true;
    events.close();
  });
  function reloadWhenIdle() {
    if (leaving) return;
    var active = document.activeElement;
    var busy = active && (active.tagName === 'TEXTAREA' || active.tagName === 'INPUT' || active.tagName === 'SELECT') && active.value;
    if (!busy) window.location.reload();
  }
  events.addEventListener('status', reloadWhenIdle);
  if (queue) events.addEventListener('queue', reloadWhenIdle);

  if (!form) return;
  var textarea = form.querySelector('textarea[name="message"]');
  var lastTyping = 0;
  if (textarea && form.getAttribute('data-typing')) {
    textarea.addEventListener('input', function () {
      var now = Date.now();
      if (now - lastTyping > 3000) {
        lastTyping = now;
        post(form.getAttribute('data-typing'));
      }
    });
  }
  form.addEventListener('submit', function (e) {
    if (!textarea || !textarea.value.trim()) return;
    e.preventDefault();
    var text = textarea.value;
    post(form.getAttribute('data-send'), { message: text }).then(
      function (response) {
        if (response.status === 201) {
          textarea.value = '';
          return response.json().then(function () {});
        }
        // Anything else (too long, too many): the ordinary post shows the error summary.
        form.submit();
      },
      function () {
        form.submit();
      },
    );
  });
})();
