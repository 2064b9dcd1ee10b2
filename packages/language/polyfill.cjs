// Node 20 lacks Object.groupBy / Map.groupBy, which langium 4.4's parser library (chevrotain) calls.
// Guarded: does nothing on Node 21+.
if (typeof Object.groupBy !== 'function') {
  Object.defineProperty(Object, 'groupBy', {
    configurable: true, writable: true,
    value(items, key) {
      const out = Object.create(null);
      let i = 0;
      for (const item of items) { const k = key(item, i++); (out[k] ??= []).push(item); }
      return out;
    }
  });
}
if (typeof Map.groupBy !== 'function') {
  Object.defineProperty(Map, 'groupBy', {
    configurable: true, writable: true,
    value(items, key) {
      const out = new Map();
      let i = 0;
      for (const item of items) { const k = key(item, i++); if (!out.has(k)) out.set(k, []); out.get(k).push(item); }
      return out;
    }
  });
}
