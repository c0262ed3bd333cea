/*
 * An htmx request after the session has ended gets 499 (HtmxRequests), not the redirect to the sign-in page its XHR
 * could not follow. Loading the page again leads through sign-in and back to it (docs/ui.md, "Sign-in, session and
 * CSRF"). Without this script nothing changes: the next link or button press signs in the same way.
 */
(function () {
  'use strict';

  document.addEventListener('htmx:responseError', function (event) {
    if (event.detail && event.detail.xhr && event.detail.xhr.status === 499) {
      window.location.reload();
    }
  });
}());
