// Remembered color scheme and language onto <html> before the first paint. See README, "How it is built".
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
