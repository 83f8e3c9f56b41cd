// Applies the reader's remembered theme before the app loads, so a dark-theme
// reader never sees a white flash. Mirrors src/browser/theme.rs.
(function () {
  try {
    var prefs = JSON.parse(localStorage.getItem("lector.prefs.v1") || "{}");
    if (prefs.theme === "light" || prefs.theme === "dark") {
      document.documentElement.setAttribute("data-theme", prefs.theme);
    }
  } catch (e) {
    // Unreadable preferences: follow the system theme.
  }
})();
