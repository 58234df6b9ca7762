// The page the server answers (503) while its first ledger is being built: ask for the page
// again every 2 seconds in the background and reload once, when it is there. Unlike a timed
// <meta http-equiv="refresh">, the page does not reload under a reader every 2 seconds.
(function () {
  "use strict";
  var WAIT = 2000;
  function check() {
    fetch(location.href, { cache: "no-store", headers: { Accept: "text/html" } })
      .then(function (answer) {
        if (answer.status === 503) {
          setTimeout(check, WAIT);
        } else {
          location.reload();
        }
      })
      .catch(function () { setTimeout(check, WAIT); });
  }
  setTimeout(check, WAIT);
})();
