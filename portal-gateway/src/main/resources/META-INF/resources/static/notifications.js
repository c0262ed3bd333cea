/*
 * The bell's live count and the notifications page's live list (docs/ui.md, "The bell").
 *
 * The gateway relays notification-service's event stream at the address the bell names
 * (data-notice-stream): an "unread" event with {"unread": n} at once and whenever the count changes, and a
 * "notification" event with {"unread": n, "notification": {...}} for each new one. The script sets every
 * [data-unread-count] (hidden at 0) and the bell's words for screen readers, puts a new notification at the
 * top of [data-notice-list] when the page has one, and says it in the [data-notice-announce] live region.
 * Every word comes from the page (data attributes), none from here. Without this script the bell is still a
 * link, and the page still lists the notifications.
 *
 * EventSource reconnects by itself after a stream ends (the service ends it every ten minutes). An answer that
 * is not a stream (503 when the service is down, 401 when the session has expired) closes it for good; the
 * script then tries again a few times, further apart, and after that leaves the bell as it is.
 */
(function () {
  'use strict';

  var bell = document.querySelector('[data-notice-stream]');
  if (!bell || typeof window.EventSource !== 'function') {
    return;
  }
  var address = bell.getAttribute('data-notice-stream');
  var retries = 0;
  var MAX_RETRIES = 5;

  function showCount(unread) {
    var n = Number(unread);
    if (!isFinite(n) || n < 0) {
      return;
    }
    document.querySelectorAll('[data-unread-count]').forEach(function (badge) {
      badge.textContent = String(n);
      badge.hidden = n === 0;
    });
    document.querySelectorAll('[data-unread-text]').forEach(function (text) {
      text.textContent = n === 0 ? '' : ' ' + n + ' ' + text.getAttribute(n === 1 ? 'data-one' : 'data-many');
    });
  }

  function announce(title) {
    var region = document.querySelector('[data-notice-announce]');
    if (region) {
      region.textContent = region.getAttribute('data-prefix') + ': ' + title;
    }
  }

  /* As the server writes it (notice_*.properties, time_pattern), in Swedish time. */
  function when(iso) {
    var date = new Date(iso);
    if (isNaN(date.getTime())) {
      return '';
    }
    var english = document.documentElement.lang === 'en';
    var parts = {};
    new Intl.DateTimeFormat(english ? 'en-GB' : 'sv-SE', { year: 'numeric', month: english ? 'short' : '2-digit',
      day: english ? 'numeric' : '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
      timeZone: 'Europe/Stockholm' }).formatToParts(date).forEach(function (part) {
      parts[part.type] = part.value;
    });
    return english
      ? parts.day + ' ' + parts.month + ' ' + parts.year + ', ' + parts.hour + ':' + parts.minute
      : parts.year + '-' + parts.month + '-' + parts.day + ' kl. ' + parts.hour + ':' + parts.minute;
  }

  function categoryWords(list, category) {
    return list.getAttribute('data-category-' + String(category || '').toLowerCase())
      || list.getAttribute('data-category-unknown') || '';
  }

  function element(tag, className, text) {
    var made = document.createElement(tag);
    if (className) {
      made.className = className;
    }
    if (text !== undefined) {
      made.textContent = text;
    }
    return made;
  }

  /* The new notification as the server writes an unread one (NoticePages/list.html). */
  function insert(notification) {
    var list = document.querySelector('[data-notice-list]');
    if (!list || !notification || !notification.id) {
      return;
    }
    var href = list.getAttribute('data-open') + encodeURIComponent(notification.id);
    if (notification.link) {
      href += '?' + list.getAttribute('data-target') + '=' + encodeURIComponent(notification.link);
    }
    var item = element('li', 'notice-list__item notice-list__item--unread');
    item.appendChild(element('strong', 'badge badge--blue', list.getAttribute('data-unread')));
    var title = element('h2', 'notice-list__title');
    var link = element('a', null, notification.title || '');
    link.href = href;
    title.appendChild(link);
    item.appendChild(title);
    item.appendChild(element('p', 'notice-list__summary', notification.summary || ''));
    var meta = element('p', 'notice-list__meta secondary');
    var time = element('time', null, when(notification.createdAt));
    time.setAttribute('datetime', notification.createdAt || '');
    meta.appendChild(time);
    meta.appendChild(document.createTextNode(' · ' + categoryWords(list, notification.category)));
    item.appendChild(meta);
    list.insertBefore(item, list.firstChild);
    list.hidden = false;
    document.querySelectorAll('[data-notice-empty]').forEach(function (empty) {
      empty.hidden = true;
    });
  }

  function read(event) {
    try {
      return JSON.parse(event.data);
    } catch (e) {
      return null;
    }
  }

  function open() {
    var source = new EventSource(address);
    source.addEventListener('open', function () {
      retries = 0;
    });
    source.addEventListener('unread', function (event) {
      var data = read(event);
      if (data) {
        showCount(data.unread);
      }
    });
    source.addEventListener('notification', function (event) {
      var data = read(event);
      if (!data) {
        return;
      }
      showCount(data.unread);
      if (data.notification) {
        insert(data.notification);
        announce(data.notification.title || '');
      }
    });
    source.addEventListener('error', function () {
      if (source.readyState === EventSource.CLOSED && retries < MAX_RETRIES) {
        retries += 1;
        window.setTimeout(open, 5000 * Math.pow(2, retries));
      }
    });
  }

  open();
}());
