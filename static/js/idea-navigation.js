// Idea collections ("Innovative gaver"): arrow keys and a horizontal swipe follow the
// previous/next links. The links work on their own; this only adds shortcuts.
(function () {
    "use strict";
    var root = document.querySelector("[data-idea-navigation]");
    if (!root) { return; }
    var previous = root.querySelector("[data-idea-previous]");
    var next = root.querySelector("[data-idea-next]");

    function follow(link) { if (link) { window.location.assign(link.href); } }

    document.addEventListener("keydown", function (event) {
        var target = event.target;
        if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) { return; }
        if (target.closest && target.closest("input, textarea, select, [contenteditable]")) { return; }
        if (event.key === "ArrowLeft") { follow(previous); }
        if (event.key === "ArrowRight") { follow(next); }
    });

    var startX = null;
    var startY = null;
    root.addEventListener("touchstart", function (event) {
        startX = event.changedTouches[0].clientX;
        startY = event.changedTouches[0].clientY;
    }, { passive: true });
    root.addEventListener("touchend", function (event) {
        if (startX === null) { return; }
        var dx = event.changedTouches[0].clientX - startX;
        var dy = event.changedTouches[0].clientY - startY;
        startX = null;
        if (Math.abs(dx) < 60 || Math.abs(dx) < 2 * Math.abs(dy)) { return; }
        follow(dx > 0 ? previous : next);
    }, { passive: true });
}());
