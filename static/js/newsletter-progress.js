// Live progress on an issue's admin page: polls the progress JSON every two seconds
// while it is sending and fills in the figures and the progress bar.
(function () {
  "use strict";

  var POLL_MS = 2000;
  var FINISHED = ["sent", "discarded", "draft", "missed"];

  function show(section, figures) {
    section.querySelectorAll("[data-field]").forEach(function (field) {
      var value = figures[field.getAttribute("data-field")];
      field.textContent = value === null || value === undefined ? "–" : value;
    });
    var bar = section.querySelector("progress");
    if (bar) {
      bar.value = figures.percent;
      bar.textContent = figures.percent + " %";
    }
  }

  function poll(section) {
    fetch(section.getAttribute("data-newsletter-progress"), { credentials: "same-origin" })
      .then(function (response) { return response.json(); })
      .then(function (figures) {
        show(section, figures);
        if (FINISHED.indexOf(figures.status) === -1) {
          window.setTimeout(function () { poll(section); }, POLL_MS);
        }
      })
      .catch(function () { window.setTimeout(function () { poll(section); }, POLL_MS * 5); });
  }

  document.querySelectorAll("[data-newsletter-progress]").forEach(poll);
})();
