// Served first in every page by `scripts/serve.py --watch` (make test-engines
// only): whatever goes wrong in the page reaches the test server, whichever
// engine runs it — WebKitWebDriver exposes no console, and a report survives
// the navigation that a page-side list would not. A classic script in <head>,
// so it listens before formkoll's module runs.
(function () {
  'use strict';
  function send(kind, detail) {
    var body = JSON.stringify({ kind: kind, detail: String(detail), page: location.pathname + location.search });
    try {
      if (navigator.sendBeacon && navigator.sendBeacon('/__watch/error', new Blob([body], { type: 'application/json' }))) return;
    } catch (e) { /* fall through */ }
    fetch('/__watch/error', { method: 'POST', body: body, keepalive: true }).catch(function () {});
  }
  window.addEventListener('error', function (e) {
    if (e instanceof ErrorEvent) send('error', e.message + ' at ' + e.filename + ':' + e.lineno);
    else if (e.target && e.target !== window) send('resource', (e.target.tagName || '?') + ' ' + (e.target.src || e.target.href || ''));
  }, true);
  window.addEventListener('unhandledrejection', function (e) {
    send('unhandledrejection', e.reason && e.reason.stack ? e.reason.stack : e.reason);
  });
  document.addEventListener('securitypolicyviolation', function (e) {
    send('securitypolicyviolation', e.violatedDirective + ' ' + e.blockedURI);
  });
  var consoleError = console.error;
  console.error = function () {
    send('console.error', Array.prototype.map.call(arguments, function (a) { return a && a.stack ? a.stack : String(a); }).join(' '));
    return consoleError.apply(console, arguments);
  };
}());
