// Runs before the app, as a plain render-blocking script (CSP script-src 'self' allows it; an
// inline script would not be): applies the remembered color scheme and language to <html> so
// the very first paint is already right. The keys are the app's own, see
// src/features/preferences/colorSchemeStorage.ts and src/i18n/languagePreference.ts.
(function () {
  var root = document.documentElement;
  function read(key) {
    try {
      return window.localStorage.getItem(key);
    } catch {
      return null;
    }
  }
  var scheme = read('access-token-lab:color-scheme');
  if (scheme !== 'light' && scheme !== 'dark') {
    var dark = window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches;
    scheme = dark ? 'dark' : 'light';
  }
  root.setAttribute('data-mantine-color-scheme', scheme);
  var language = read('access-token-lab:language');
  if (language === 'ja-JP') root.lang = 'ja';
  else if (language === 'en-US') root.lang = 'en';
})();
