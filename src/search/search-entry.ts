import { initSiteSearch } from './site-search.ts';

document.dispatchEvent(new CustomEvent('glossary:search-ready', { detail: initSiteSearch() }));
