// The site's own script: the Bahasa Indonesia / English switch. It changes <html lang>, which the PPID
// widgets follow at once (they read the nearest ancestor's lang), and swaps the texts marked data-en (and
// the landmark names marked data-en-aria-label).
// `?lang=en` opens a page in English: the demo server sends it so already (demo/halaman-inggris.mjs, with
// the Indonesian kept in data-id, data-id-aria-label and data-id-placeholder); served as assembled but
// untranslated, this script applies it. No storage, no cookies.
(() => {
  /** Each marked element's Bahasa Indonesia content, as nodes to clone. */
  const asli = new Map();

  function simpanAsli(el) {
    if (asli.has(el)) return;
    if (el.dataset.id === undefined) {
      asli.set(
        el,
        Array.from(el.childNodes, (n) => n.cloneNode(true)),
      );
      return;
    }
    // The server's markup of the site's own text (inert in a template until cloned in).
    const t = document.createElement('template');
    t.innerHTML = el.dataset.id;
    asli.set(el, Array.from(t.content.childNodes));
  }

  function terapkan(bahasa) {
    document.documentElement.lang = bahasa;
    for (const el of document.querySelectorAll('[data-en]')) {
      simpanAsli(el);
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
    // The receipt's link to the status page, the status page's to the objection form, and the links
    // between the site's pages keep the reader's language (the server writes them so for ?lang=en:
    // demo/halaman-inggris.mjs, HALAMAN_SITUS).
    const ikutBahasa = (el, atribut) => {
      const url = new URL(el.getAttribute(atribut), location.href);
      if (bahasa === 'en') url.searchParams.set('lang', 'en');
      else url.searchParams.delete('lang');
      el.setAttribute(atribut, url.pathname + url.search + url.hash);
    };
    for (const el of document.querySelectorAll('[status-url]')) ikutBahasa(el, 'status-url');
    for (const el of document.querySelectorAll('[objection-url]')) ikutBahasa(el, 'objection-url');
    for (const el of document.querySelectorAll('a[href]')) {
      const href = el.getAttribute('href');
      if (/^(?:\/|\/?[\w-]+\.html)(?:[?#]|$)/.test(href)) ikutBahasa(el, 'href');
      // The monitor's report has its English twin under en/ (HALAMAN_LAPORAN in halaman-inggris.mjs).
      else if (/^\/pemantauan\/(?:en\/)?((?:[\w-]+\/)*(?:[\w-]+\.html)?)(?:[?#]|$)/.test(href))
        el.setAttribute(
          'href',
          href.replace(/^\/pemantauan\/(?:en\/)?/, bahasa === 'en' ? '/pemantauan/en/' : '/pemantauan/'),
        );
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

  const diminta = new URLSearchParams(location.search).get('lang') === 'en' ? 'en' : 'id';
  if (diminta !== document.documentElement.lang) terapkan(diminta);
  for (const tombol of document.querySelectorAll('.ganti-bahasa')) {
    tombol.addEventListener('click', () => ganti(tombol.dataset.bahasa === 'en' ? 'en' : 'id'));
  }
})();
