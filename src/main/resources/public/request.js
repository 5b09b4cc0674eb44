"use strict";
// The one way the pages talk to the server (lede.js, extras.js, annotations.js, batch.js), so that a header such as
// a write token is added here, in one place.
window.Lede = window.Lede || {};
window.Lede.request = (path, init = {}) => fetch(path, init);
