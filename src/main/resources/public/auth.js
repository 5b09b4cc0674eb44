"use strict";
// The write token. Changes (curation, saved searches, …) need it; the page asks for it once, when the server refuses
// a change for want of it, and keeps it in sessionStorage: for this tab only, gone when the tab closes.
window.LedeAuth = (() => {
  const KEY = "lede.writeToken";
  const READS = new Set(["GET", "HEAD", "OPTIONS"]);

  function withToken(init) {
    const headers = new Headers(init.headers || {});
    const token = sessionStorage.getItem(KEY);
    if (token) headers.set("Authorization", "Bearer " + token);
    return { ...init, headers };
  }

  // fetch(), plus the token on writes; a refused write asks for the token and is sent once more.
  async function send(path, init = {}) {
    const method = (init.method || "GET").toUpperCase();
    if (READS.has(method)) return fetch(path, init);
    let response = await fetch(path, withToken(init));
    // Only a server that has a token says WWW-Authenticate; a read-only one is not worth asking about.
    if (response.status === 401 && response.headers.has("WWW-Authenticate")) {
      sessionStorage.removeItem(KEY);
      const token = window.prompt("This change needs the server's write token:");
      if (token && token.trim()) {
        sessionStorage.setItem(KEY, token.trim());
        response = await fetch(path, withToken(init));
      }
    }
    return response;
  }

  return { fetch: send };
})();
