// Suggestions as you type in the search fields (the header's and the search page's), as the
// WAI-ARIA APG "combobox with listbox popup": focus stays in the field, the arrow keys move
// through the suggestions (aria-activedescendant), Enter opens the chosen page, Escape closes
// the list (or, when it is closed, empties the field), and a polite live region says how many
// suggestions there are. Without this script the fields are plain search forms to /soeg/.
(function () {
    "use strict";
    var MIN_CHARS = 2;
    var DELAY_MS = 150;

    function Combobox(input, number) {
        this.input = input;
        this.url = input.getAttribute("data-suggest-url");
        this.items = [];
        this.active = -1;
        this.timer = null;
        this.request = null;
        this.lastQuery = "";

        var id = (input.id || "soegefelt-" + number) + "-forslag";
        this.listbox = document.createElement("ul");
        this.listbox.id = id;
        this.listbox.className = "search-suggestions";
        this.listbox.setAttribute("role", "listbox");
        this.listbox.setAttribute("aria-label", "Forslag");
        this.listbox.hidden = true;
        this.status = document.createElement("div");
        this.status.className = "visually-hidden";
        this.status.setAttribute("role", "status");
        this.status.setAttribute("aria-live", "polite");
        input.insertAdjacentElement("afterend", this.listbox);
        this.listbox.insertAdjacentElement("afterend", this.status);

        input.setAttribute("role", "combobox");
        input.setAttribute("aria-autocomplete", "list");
        input.setAttribute("aria-expanded", "false");
        input.setAttribute("aria-controls", id);

        input.addEventListener("input", this.onInput.bind(this));
        input.addEventListener("keydown", this.onKeyDown.bind(this));
        input.addEventListener("blur", this.close.bind(this));
        // mousedown, not click: the field keeps focus, so the list is still open on click.
        this.listbox.addEventListener("mousedown", function (event) { event.preventDefault(); });
        this.listbox.addEventListener("click", this.onClick.bind(this));
    }

    Combobox.prototype.onInput = function () {
        var query = this.input.value.trim();
        window.clearTimeout(this.timer);
        if (query.length < MIN_CHARS) {
            this.show([]);
            return;
        }
        this.timer = window.setTimeout(this.fetch.bind(this, query), DELAY_MS);
    };

    Combobox.prototype.fetch = function (query) {
        var self = this;
        if (this.request) { this.request.abort(); }
        this.request = new AbortController();
        this.lastQuery = query;
        window.fetch(this.url + "?q=" + encodeURIComponent(query), {
            headers: { "Accept": "application/json" },
            signal: this.request.signal
        }).then(function (response) {
            return response.ok ? response.json() : { suggestions: [] };
        }).then(function (data) {
            // An answer to an earlier query that arrived late is not shown.
            if (query === self.input.value.trim() && document.activeElement === self.input) {
                self.show(data.suggestions || []);
            }
        }).catch(function () { /* aborted or offline: the form still submits */ });
    };

    Combobox.prototype.show = function (suggestions) {
        var listbox = this.listbox;
        listbox.textContent = "";
        this.items = suggestions.map(function (suggestion, index) {
            var option = document.createElement("li");
            option.id = listbox.id + "-" + index;
            option.className = "search-suggestions__option";
            option.setAttribute("role", "option");
            option.setAttribute("aria-selected", "false");
            option.setAttribute("data-url", suggestion.url);
            var title = document.createElement("span");
            title.className = "search-suggestions__title";
            title.textContent = suggestion.title;
            var kind = document.createElement("span");
            kind.className = "search-suggestions__kind";
            kind.textContent = " – " + suggestion.kind;
            option.appendChild(title);
            option.appendChild(kind);
            listbox.appendChild(option);
            return option;
        });
        this.active = -1;
        this.input.removeAttribute("aria-activedescendant");
        this.setOpen(this.items.length > 0);
        this.announce();
    };

    Combobox.prototype.announce = function () {
        var count = this.items.length;
        var text = "";
        if (count === 1) {
            text = "1 forslag. Brug pil ned for at vælge det.";
        } else if (count > 1) {
            text = count + " forslag. Brug pil op og pil ned for at vælge.";
        } else if (this.input.value.trim().length >= MIN_CHARS) {
            text = "Ingen forslag. Tryk Enter for at søge.";
        }
        this.status.textContent = text;
    };

    Combobox.prototype.setOpen = function (open) {
        this.listbox.hidden = !open;
        this.input.setAttribute("aria-expanded", open ? "true" : "false");
        if (!open) {
            this.active = -1;
            this.input.removeAttribute("aria-activedescendant");
        }
    };

    Combobox.prototype.close = function () {
        this.setOpen(false);
    };

    Combobox.prototype.isOpen = function () {
        return !this.listbox.hidden;
    };

    Combobox.prototype.select = function (index) {
        var count = this.items.length;
        if (!count) { return; }
        this.active = (index + count) % count;
        this.items.forEach(function (item, position) {
            item.setAttribute("aria-selected", position === this.active ? "true" : "false");
        }, this);
        var option = this.items[this.active];
        this.input.setAttribute("aria-activedescendant", option.id);
        option.scrollIntoView({ block: "nearest" });
    };

    Combobox.prototype.onKeyDown = function (event) {
        if (event.altKey || event.ctrlKey || event.metaKey) { return; }
        switch (event.key) {
        case "ArrowDown":
        case "ArrowUp":
            if (!this.items.length) { return; }
            event.preventDefault();
            if (!this.isOpen()) { this.setOpen(true); }
            var step = event.key === "ArrowDown" ? 1 : -1;
            if (this.active < 0) {
                this.select(step > 0 ? 0 : this.items.length - 1);
            } else {
                this.select(this.active + step);
            }
            break;
        case "Enter":
            if (this.isOpen() && this.active >= 0) {
                event.preventDefault();
                this.go(this.items[this.active]);
            }
            break;
        case "Escape":
            if (this.isOpen()) {
                event.preventDefault();
                this.close();
            } else if (this.input.value) {
                event.preventDefault();
                this.input.value = "";
                this.show([]);
            }
            break;
        case "Tab":
            this.close();
            break;
        default:
            break;
        }
    };

    Combobox.prototype.onClick = function (event) {
        var option = event.target.closest("[role='option']");
        if (option) { this.go(option); }
    };

    Combobox.prototype.go = function (option) {
        this.close();
        window.location.assign(option.getAttribute("data-url"));
    };

    document.querySelectorAll("input[data-suggest-url]").forEach(function (input, number) {
        new Combobox(input, number);
    });
}());
