"use strict";
// The one way the pages talk to the server (lede.js, extras.js, annotations.js, batch.js), so that a header such as
// a write token is added here, in one place.
window.Lede = window.Lede || {};
// auth.js (loaded first) adds the write token to changes and asks for it once when the server wants it.
window.Lede.request = (path, init = {}) => window.LedeAuth.fetch(path, init);
