// The "Hors ligne" page of a journey space: saves the parts the person chose (pages and lyrics,
// the playlist's light renditions, scores and documents, videos) in the phone's cache when they
// press the button, never before; registers the space's service worker (space-sw.js) that
// serves them without network; says what is saved, when, and how big; updates or removes it.
// The page works without this script (it then says the browser cannot keep the space).
(() => {
  const root = document.getElementById('pack');
  if (!root || !('serviceWorker' in navigator) || !('caches' in window)) return;
  const data = root.dataset;
  const form = root.querySelector('form');
  const save = root.querySelector('[data-role="save"]');
  const remove = root.querySelector('[data-role="remove"]');
  const state = root.querySelector('[data-role="state"]');
  const progress = root.querySelector('progress');
  const boxes = [...root.querySelectorAll('input[type="checkbox"]')];
  const PACK = `tutti-pack ${data.scope}`;
  const STATE_URL = new URL(`${data.scope}/hors-ligne/etat.json`, location.href).href;
  const lang = document.documentElement.lang || 'fr';

  root.querySelector('[data-role="unsupported"]').hidden = true;
  save.hidden = false;

  const size = (bytes) => {
    const mega = bytes >= 1_000_000;
    return new Intl.NumberFormat(lang, {
      style: 'unit',
      unit: mega ? 'megabyte' : 'kilobyte',
      maximumFractionDigits: mega ? 1 : 0,
    }).format(mega ? bytes / 1_000_000 : Math.max(1, bytes / 1000));
  };
  const fill = (template, values) =>
    template.replace(/\{(\w+)\}/g, (_, key) => String(values[key] ?? ''));
  const chosen = () => boxes.filter((box) => box.checked);
  const total = () => chosen().reduce((sum, box) => sum + Number(box.dataset.bytes || 0), 0);
  const say = (text) => {
    state.textContent = text;
    state.hidden = false;
  };

  let saved = null;
  const label = () => {
    save.textContent = fill(saved ? data.textUpdate : data.textSave, { size: size(total()) });
  };

  async function showSaved() {
    const pack = await caches.open(PACK);
    const answer = await pack.match(STATE_URL);
    saved = answer ? await answer.json() : null;
    remove.hidden = !saved;
    if (saved) {
      for (const box of boxes) box.checked = box.disabled || saved.parts.includes(box.value);
      const when = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeStyle: 'short' }).format(
        new Date(saved.savedAt),
      );
      say(fill(data.textSaved, { date: when, size: size(saved.bytes) }));
    }
    label();
  }

  for (const box of boxes) box.addEventListener('change', label);

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    save.disabled = true;
    remove.disabled = true;
    try {
      await navigator.serviceWorker.register(data.worker, { scope: data.scope });
      const manifest = await (await fetch(data.manifest, { cache: 'no-store' })).json();
      const parts = chosen().map((box) => box.value);
      const files = manifest.parts
        .filter((part) => parts.includes(part.id))
        .flatMap((part) => part.files);
      const pack = await caches.open(PACK);
      progress.max = files.length;
      progress.value = 0;
      progress.hidden = false;
      let bytes = 0;
      for (const [index, file] of files.entries()) {
        say(fill(data.textSaving, { done: index, total: files.length }));
        const response = await fetch(file.url, {
          credentials: 'same-origin',
          headers: file.page ? { 'x-tutti-pack': '1' } : {},
        });
        if (!response.ok) throw new Error(String(response.status));
        bytes += (await response.clone().blob()).size;
        await pack.put(new URL(file.url, location.href).href, response);
        progress.value = index + 1;
      }
      // What the person no longer wants leaves the phone.
      const wanted = new Set(files.map((file) => new URL(file.url, location.href).href));
      for (const request of await pack.keys()) {
        if (!wanted.has(request.url)) await pack.delete(request);
      }
      const record = { savedAt: new Date().toISOString(), bytes, parts };
      await pack.put(STATE_URL, new Response(JSON.stringify(record)));
      await showSaved();
    } catch (error) {
      say(error?.name === 'QuotaExceededError' ? data.textFull : data.textFailed);
    } finally {
      progress.hidden = true;
      save.disabled = false;
      remove.disabled = false;
    }
  });

  remove.addEventListener('click', async () => {
    await caches.delete(PACK);
    const registration = await navigator.serviceWorker.getRegistration(data.scope);
    await registration?.unregister();
    saved = null;
    remove.hidden = true;
    say(data.textRemoved);
    label();
  });

  showSaved().catch(() => label());
})();
