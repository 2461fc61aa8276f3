// The applicant's page script (deferred, same origin, no library): sends each recording with the
// tus protocol, resumable (a file chosen again after a cut or a closed tab goes on from the last
// byte the server holds), after checking its format and size; shows the progress, then follows
// the recording's preparation until it is received. Without it the page still saves the
// answers through its plain form; only the recordings need it.
(() => {
  const root = document.getElementById('recordings');
  if (!root || !window.fetch || !window.XMLHttpRequest) return;
  const data = root.dataset;
  const maxBytes = Number(data.maxBytes);
  // 1 MB a request: on a slow phone network a cut loses at most a few seconds of sending.
  const CHUNK = 1024 * 1024;
  const WAITS = [1000, 3000, 5000, 10000, 20000];
  const items = [...root.querySelectorAll('li.recording')];
  const submit = document.querySelector('button[formaction]');
  const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
  const cap = (word) => word.charAt(0).toUpperCase() + word.slice(1);

  const part = (item, role) => item.querySelector(`[data-role="${role}"]`);
  const setState = (item, state) => {
    item.dataset.state = state;
    part(item, 'state').textContent = data[`state${cap(state)}`] || state;
  };
  const showError = (item, text) => {
    const error = part(item, 'error');
    error.textContent = text;
    error.hidden = !text;
    const input = item.querySelector('input[type="file"]');
    if (text) input?.setAttribute('aria-invalid', 'true');
    else input?.removeAttribute('aria-invalid');
  };
  const errorOf = (item, state) =>
    ({ tooLong: item.dataset.textTooLong, rejected: data.textWrongType, failed: data.textFailed })[
      state
    ] || '';

  // Where an unfinished upload resumes, kept on the phone only (the file's name never leaves it).
  const remember = {
    get: (key) => {
      try {
        return localStorage.getItem(key);
      } catch {
        return null;
      }
    },
    set: (key, value) => {
      try {
        if (value) localStorage.setItem(key, value);
        else localStorage.removeItem(key);
      } catch {}
    },
  };

  /** One tus request; resolves with the answer whatever its status, rejects on a network cut. */
  const send = (method, url, headers, body, onProgress) =>
    new Promise((resolve, reject) => {
      const xhr = new XMLHttpRequest();
      xhr.open(method, url);
      xhr.setRequestHeader('Tus-Resumable', '1.0.0');
      for (const [name, value] of Object.entries(headers)) xhr.setRequestHeader(name, value);
      if (onProgress) xhr.upload.onprogress = (event) => onProgress(event.loaded);
      xhr.onload = () => resolve(xhr);
      xhr.onerror = () => reject(new Error('network'));
      xhr.send(body ?? null);
    });
  const refusal = (xhr) =>
    Object.assign(new Error(String(xhr.status)), {
      text: xhr.status === 413 ? data.textTooLarge : xhr.status === 415 ? data.textWrongType : null,
    });
  const offsetOf = (xhr) => Number(xhr.getResponseHeader('Upload-Offset'));

  async function upload(item, file, shown) {
    const endpoint = item.querySelector('input[type="file"]').dataset.endpoint;
    const key = `tutti-tus ${endpoint} ${file.name} ${file.size} ${file.lastModified}`;
    let url = remember.get(key);
    let offset = 0;
    if (url) {
      shown(data.textResuming);
      const head = await send('HEAD', url, {}).catch(() => null);
      if (head?.status === 200) offset = offsetOf(head);
      else url = null;
    }
    if (!url) {
      const created = await send('POST', endpoint, { 'Upload-Length': String(file.size) });
      if (created.status !== 201) throw refusal(created);
      url = new URL(created.getResponseHeader('Location'), location.href).href;
      remember.set(key, url);
    }
    let failures = 0;
    while (offset < file.size) {
      const from = offset;
      const answer = await send(
        'PATCH',
        url,
        { 'Upload-Offset': String(from), 'Content-Type': 'application/offset+octet-stream' },
        file.slice(from, from + CHUNK),
        (loaded) => shown(null, (from + loaded) / file.size),
      ).catch(() => null);
      if (answer?.status === 204) {
        offset = offsetOf(answer);
        failures = 0;
        continue;
      }
      // A cut, a conflict or a server fault: wait, ask the server how far it got, go on.
      if (answer && answer.status !== 409 && answer.status < 500) throw refusal(answer);
      if (failures >= WAITS.length) throw new Error('gave up');
      await sleep(WAITS[failures++]);
      const head = await send('HEAD', url, {}).catch(() => null);
      if (head?.status === 200) offset = offsetOf(head);
      else if (head && head.status < 500) throw refusal(head);
    }
    remember.set(key, null);
  }

  let polling = false;
  /** Reads the recordings' states until none is being prepared any more. */
  async function follow() {
    if (polling) return;
    polling = true;
    try {
      for (;;) {
        const answer = await fetch(data.application, { cache: 'no-store' }).catch(() => null);
        if (!answer?.ok) return;
        let preparing = false;
        for (const recording of (await answer.json()).recordings) {
          const item = items.find((candidate) => candidate.dataset.key === recording.key);
          if (!item || item.dataset.sending) continue;
          const state = recording.status || 'missing';
          if (state === 'uploading') continue;
          setState(item, state);
          const error = errorOf(item, state);
          if (error || state === 'ready') showError(item, error);
          if (state === 'processing') preparing = true;
        }
        if (!preparing) return;
        await sleep(2000);
      }
    } finally {
      polling = false;
    }
  }

  const busy = () => items.some((item) => item.dataset.sending);
  for (const item of items) {
    const picker = part(item, 'picker');
    if (!picker) continue;
    picker.hidden = false;
    const input = picker.querySelector('input');
    const bar = picker.querySelector('progress');
    const line = part(item, 'progress');
    let said = -1;
    const shown = (text, share) => {
      if (text !== null) line.textContent = text;
      if (share === undefined) return;
      const percent = Math.floor(share * 100);
      bar.hidden = false;
      bar.value = percent;
      // The status line speaks every tenth, not at every packet.
      if (Math.floor(percent / 10) !== said) {
        said = Math.floor(percent / 10);
        line.textContent = data.textSending.replace('{percent}', String(percent));
      }
    };
    input.addEventListener('change', async () => {
      const file = input.files?.[0];
      if (!file) return;
      showError(item, '');
      if (file.size === 0 || (file.type && !/^(audio|video)\//.test(file.type))) {
        showError(item, data.textWrongType);
        return;
      }
      if (file.size > maxBytes) {
        showError(item, data.textTooLarge);
        return;
      }
      item.dataset.sending = '1';
      input.disabled = true;
      if (submit) submit.disabled = true;
      setState(item, 'uploading');
      said = -1;
      shown('', 0);
      try {
        await upload(item, file, shown);
        setState(item, 'processing');
        setTimeout(follow, 500);
      } catch (error) {
        setState(item, 'failed');
        showError(item, error.text || data.textFailed);
      } finally {
        delete item.dataset.sending;
        input.disabled = false;
        input.value = '';
        bar.hidden = true;
        line.textContent = '';
        if (submit) submit.disabled = busy();
      }
    });
  }
  if (items.some((item) => item.dataset.state === 'processing')) follow();
})();
