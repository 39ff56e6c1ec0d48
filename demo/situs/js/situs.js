// The site's own script: the Bahasa Indonesia / English switch. It changes <html lang>, which the PPID
// widgets follow at once (they read the nearest ancestor's lang), and swaps the texts marked data-en (and
// the landmark names marked data-en-aria-label).
// `?lang=en` opens a page in English. No storage, no cookies.
(() => {
  const asli = new Map();

  function terapkan(bahasa) {
    document.documentElement.lang = bahasa;
    for (const el of document.querySelectorAll('[data-en]')) {
      if (!asli.has(el))
        asli.set(
          el,
          Array.from(el.childNodes, (n) => n.cloneNode(true)),
        );
      if (bahasa === 'en') el.textContent = el.dataset.en;
      else el.replaceChildren(...asli.get(el).map((n) => n.cloneNode(true)));
    }
    for (const el of document.querySelectorAll('[data-en-placeholder]')) {
      el.dataset.idPlaceholder ??= el.placeholder;
      el.placeholder = bahasa === 'en' ? el.dataset.enPlaceholder : el.dataset.idPlaceholder;
    }
    // Landmark names too: a screen reader lists them ("Main menu", "Breadcrumb").
    for (const el of document.querySelectorAll('[data-en-aria-label]')) {
      el.dataset.idAriaLabel ??= el.getAttribute('aria-label');
      el.setAttribute('aria-label', bahasa === 'en' ? el.dataset.enAriaLabel : el.dataset.idAriaLabel);
    }
    // The receipt's link to the status page keeps the reader's language.
    for (const el of document.querySelectorAll('[status-url]')) {
      const url = new URL(el.getAttribute('status-url'), location.href);
      if (bahasa === 'en') url.searchParams.set('lang', 'en');
      else url.searchParams.delete('lang');
      el.setAttribute('status-url', url.pathname + url.search);
    }
    for (const tombol of document.querySelectorAll('.ganti-bahasa')) {
      const lain = bahasa === 'en' ? 'id' : 'en';
      tombol.dataset.bahasa = lain;
      tombol.lang = lain;
      tombol.textContent = lain === 'en' ? 'English' : 'Bahasa Indonesia';
    }
  }

  function ganti(bahasa) {
    terapkan(bahasa);
    const url = new URL(location.href);
    if (bahasa === 'en') url.searchParams.set('lang', 'en');
    else url.searchParams.delete('lang');
    history.replaceState(null, '', url);
  }

  if (new URLSearchParams(location.search).get('lang') === 'en') terapkan('en');
  for (const tombol of document.querySelectorAll('.ganti-bahasa')) {
    tombol.addEventListener('click', () => ganti(tombol.dataset.bahasa === 'en' ? 'en' : 'id'));
  }
})();
