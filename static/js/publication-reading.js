// Reading edition: the arrow keys turn the page, as in an e-book reader on a tablet.
// Without JavaScript the previous/next links do the same.
(function () {
    "use strict";
    document.addEventListener("keydown", function (event) {
        if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
        var target = event.target;
        if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
        var rel = event.key === "ArrowLeft" ? "prev" : event.key === "ArrowRight" ? "next" : null;
        var link = rel && document.querySelector('.reading-edition__pager a[rel="' + rel + '"]');
        if (link) window.location.href = link.href;
    });
})();
