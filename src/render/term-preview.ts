/**
 * Hover and focus previews for links between terms: the target's title and definition in a
 * small tooltip. The definitions travel with the page (a JSON block of just the terms it links
 * to), so a preview costs no request. Without script the links are plain links.
 */
interface Preview {
	title: string;
	summary: string;
}

const GAP = 8;

export function initTermPreviews(): void {
	const source = document.getElementById('term-previews');
	if (!source) return;
	const previews = JSON.parse(source.textContent ?? '{}') as Record<string, Preview>;
	const tip = document.createElement('div');
	tip.id = 'term-preview';
	tip.className = 'term-preview';
	tip.setAttribute('role', 'tooltip');
	tip.hidden = true;
	document.body.append(tip);

	let current: HTMLAnchorElement | null = null;
	let hideTimer: ReturnType<typeof setTimeout> | undefined;
	const linkOf = (target: EventTarget | null) =>
		target instanceof Element ? target.closest<HTMLAnchorElement>('a.term-link[data-term]') : null;

	/** Below the link, or above when there is no room below; always inside the viewport. */
	const place = (link: HTMLElement) => {
		const box = link.getBoundingClientRect();
		const width = tip.offsetWidth;
		const height = tip.offsetHeight;
		const below = box.bottom + GAP + height <= window.innerHeight || box.top - GAP - height < 0;
		const top = below ? box.bottom + GAP : box.top - GAP - height;
		const left = Math.min(Math.max(GAP, box.left), window.innerWidth - width - GAP);
		tip.style.top = `${top + window.scrollY}px`;
		tip.style.left = `${Math.max(GAP, left) + window.scrollX}px`;
		tip.dataset['side'] = below ? 'below' : 'above';
	};

	const show = (link: HTMLAnchorElement, touch = false) => {
		const preview = previews[link.dataset['term'] ?? ''];
		if (!preview) return;
		clearTimeout(hideTimer);
		if (current && current !== link) current.removeAttribute('aria-describedby');
		// Built as nodes, not markup: the text needs no escaping, and the script no helper module.
		const part = (tag: string, text: string) => Object.assign(document.createElement(tag), { textContent: text });
		tip.replaceChildren(part('strong', preview.title), ' ', part('span', preview.summary), ...(touch ? [part('em', source.dataset['tapAgain'] ?? 'Tap the link again to open it.')] : []));
		tip.hidden = false;
		place(link);
		link.setAttribute('aria-describedby', tip.id);
		current = link;
	};

	const hide = () => {
		tip.hidden = true;
		current?.removeAttribute('aria-describedby');
		current = null;
	};
	const hideSoon = () => {
		clearTimeout(hideTimer);
		hideTimer = setTimeout(hide, 150);
	};

	document.addEventListener('mouseover', (event) => {
		const link = linkOf(event.target);
		if (link) show(link);
		else if (event.target === tip || tip.contains(event.target as Node)) clearTimeout(hideTimer);
	});
	document.addEventListener('mouseout', (event) => {
		if (linkOf(event.target) || event.target === tip) hideSoon();
	});
	document.addEventListener('focusin', (event) => {
		const link = linkOf(event.target);
		if (link) show(link);
	});
	document.addEventListener('focusout', (event) => {
		if (linkOf(event.target)) hide();
	});
	document.addEventListener('keydown', (event) => {
		if (event.key === 'Escape' && current) hide();
	});
	// On touch there is no hover: the first tap shows the preview, a second tap follows the link.
	// (A tap also fires mouseover, so "shown" is not enough: it must have been shown by a tap.)
	let touched = false;
	let tapped: HTMLAnchorElement | null = null;
	document.addEventListener('pointerdown', (event) => (touched = event.pointerType === 'touch'));
	document.addEventListener('click', (event) => {
		const link = linkOf(event.target);
		if (!link || !touched || (tapped === link && current === link)) return;
		event.preventDefault();
		show(link, true);
		tapped = link;
	});
	window.addEventListener('resize', () => current && place(current));
}
