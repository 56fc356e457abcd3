import { SearchPanel } from './controller.ts';

/**
 * The search box, loaded on first use by `SiteSearch.astro` (which shows the search buttons and
 * listens for them and for `/` and Ctrl/Cmd+K). Returns what those open: the dialog, or on
 * `/search/` the page's own panel, which also keeps the URL's `?q=` in step as a deep link.
 * Focus returns where it was when the dialog closes.
 */
export function initSiteSearch(): () => void {
	const dialog = document.querySelector<HTMLDialogElement>('#search-dialog')!;
	const pageRoot = document.querySelector<HTMLElement>('[data-search-page] [data-search-panel]');
	let open: () => void;

	if (pageRoot) {
		const panel = new SearchPanel(pageRoot);
		const idle = document.querySelector<HTMLElement>('[data-search-idle]');
		pageRoot.addEventListener('search:query', (event) => {
			const url = new URL(location.href);
			const query = (event as CustomEvent<string>).detail;
			if (idle) idle.hidden = Boolean(query); // suggestions to browse, until there are results to read
			if (query) url.searchParams.set('q', query);
			else url.searchParams.delete('q');
			history.replaceState(null, '', url);
		});
		panel.warmUp();
		panel.setQuery(new URLSearchParams(location.search).get('q') ?? '');
		open = () => panel.focus();
	} else {
		const panel = new SearchPanel(dialog.querySelector<HTMLElement>('[data-search-panel]')!);
		let opener: HTMLElement | null = null;
		open = () => {
			if (dialog.open) return panel.focus();
			opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
			dialog.showModal();
			panel.warmUp();
			panel.focus();
		};
		dialog.addEventListener('close', () => opener?.focus());
		dialog.addEventListener('click', (event) => {
			if (event.target === dialog) dialog.close(); // a click on the backdrop
		});
		// The first Escape closes the dialog, as in other sites' search; a search field would
		// otherwise spend it on clearing the query.
		dialog.addEventListener('keydown', (event) => {
			if (event.key !== 'Escape') return;
			event.preventDefault();
			dialog.close();
		});
		dialog.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close());
		panel.warmUp();
	}
	return open;
}
