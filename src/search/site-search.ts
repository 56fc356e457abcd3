import { SearchPanel } from './controller.ts';

const isEditable = (target: EventTarget | null) =>
	target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

/**
 * Wires the search box on every page: the search buttons (header, home) and the `/` and Ctrl/Cmd+K shortcuts
 * open the dialog (on `/search/` they focus the page's own panel instead, which also keeps the
 * URL's `?q=` in step as a deep link). Focus returns where it was when the dialog closes.
 */
export function initSiteSearch(): void {
	const triggers = document.querySelectorAll<HTMLButtonElement>('[data-search-open]');
	const dialog = document.querySelector<HTMLDialogElement>('#search-dialog');
	if (triggers.length === 0 || !dialog) return;
	for (const trigger of triggers) trigger.hidden = false;
	for (const fallback of document.querySelectorAll<HTMLElement>('[data-search-fallback]')) fallback.hidden = true;

	const pageRoot = document.querySelector<HTMLElement>('[data-search-page] [data-search-panel]');
	let open: () => void;

	if (pageRoot) {
		pageRoot.closest<HTMLElement>('[data-search-page]')!.hidden = false;
		const panel = new SearchPanel(pageRoot);
		pageRoot.addEventListener('search:query', (event) => {
			const url = new URL(location.href);
			const query = (event as CustomEvent<string>).detail;
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
		dialog.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close());
		for (const trigger of triggers) trigger.addEventListener('pointerenter', () => panel.warmUp(), { once: true });
	}

	for (const trigger of triggers) trigger.addEventListener('click', () => open());
	document.addEventListener('keydown', (event) => {
		const shortcut = (event.key === '/' && !isEditable(event.target)) || (event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey));
		if (!shortcut) return;
		event.preventDefault();
		open();
	});
}
