// The wording layer: the bottom of the house, below sources/. Every text a person reads comes from
// a keyed table here, one per area (common.ts, import.ts, store.ts, commands.ts, documents.ts, …),
// each written in Indonesian and English.
export { type Lang, LANGS, RECORD_LANG, envLang, inLanguage, language, setLanguage } from './lang.js';
export { words, type Words, type Twin, type Table, type Entry } from './define.js';
