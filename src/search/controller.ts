import { closestTerms, type TermEntry, type TermMatch } from './match.ts';
import { loadPagefind, type Pagefind, type PagefindResult, type PagefindResultData } from './pagefind-api.ts';
import { TermNames } from './term-names.ts';
import { CATEGORY_COUNTS_PATH, type CategoryCounts } from './term-table.ts';
import { escapeMarkup } from '../render/escape.ts';
import { fill } from '../i18n/fill.ts';
import { enSearch } from '../i18n/strings/en-search.ts';

type Strings = { [K in keyof typeof enSearch]: (typeof enSearch)[K] extends string ? string : { other: string } & Partial<Record<Intl.LDMLPluralRule, string>> };

/** How many results to show; a glossary search is about the first few. */
const MAX_RESULTS = 10;
/**
 * Pause after a keystroke before searching, so that a word typed at speed costs one search and
 * one set of result fragments, not one per letter. Pagefind starts loading the index for each
 * keystroke meanwhile (`preload`), so the pause costs little time. Just over a fast typist's
 * gap between keys (40 ms): every millisecond more is added to the wait for results.
 */
const DEBOUNCE_MS = 50;

/**
 * The part of a half-typed query worth loading the index for: a word of one or two characters
 * would load the chunk that its letters merely sort into (at 10,000 terms, 150 KB of words
 * that start with something else), so the word being typed waits for its third character.
 */
function preloadable(query: string): string {
	const words = query.trim().split(/\s+/);
	if ([...words.at(-1)!].length < 3) words.pop();
	return words.join(' ');
}

/** Each result's data is a request of its own (a Pagefind fragment): fetched only for results shown. */
const fragments = (results: readonly PagefindResult[]) => Promise.all(results.map((result) => result.data()));

interface ShownResult {
	/** The term page's URL, to recognise it whichever section the link points to. */
	page: string;
	/** Where the result links: the page, or the section the match is in. */
	url: string;
	title: string;
	summary: string;
	/** HTML from Pagefind: escaped text with `<mark>` around matches. */
	excerpt: string;
	/** The section or FAQ question the match is in, when it is not the top of the page. */
	section?: string;
	badge?: string;
}

/** The term a query names links to the top of its page, whatever section Pagefind matched. */
function asBestMatch(result: ShownResult, url: string, badge: string): ShownResult {
	const best = { ...result, url, badge };
	delete best.section;
	return best;
}

/**
 * The search box: Pagefind for full-text results, with the term a query names (exactly or
 * through a typo) always first. The same panel serves the header's dialog and `/search/`.
 */
export class SearchPanel {
	private readonly input: HTMLInputElement;
	private readonly category: HTMLSelectElement;
	private readonly status: HTMLElement;
	private readonly list: HTMLElement;
	private readonly empty: HTMLElement;
	private readonly base: string;
	/** The home of the page's language (the base, or `<base><lang>/`): its terms and name table are under it. */
	private readonly home: string;
	private readonly suggestUrl: string | undefined;
	private readonly names: TermNames;
	private engine: Promise<Pagefind> | undefined;
	private pagefind: Pagefind | undefined;
	private timer: ReturnType<typeof setTimeout> | undefined;
	private generation = 0;

	private readonly root: HTMLElement;
	/** The page's language's words (English unless the page hands others over), and its plural rules and digits. */
	private readonly strings: Strings;
	private readonly plurals: Intl.PluralRules;
	private readonly numbers: Intl.NumberFormat;

	constructor(root: HTMLElement) {
		this.root = root;
		this.strings = { ...enSearch, ...(JSON.parse(root.dataset['strings'] ?? '{}') as Partial<Strings>) };
		this.plurals = new Intl.PluralRules(document.documentElement.lang || 'en');
		this.numbers = new Intl.NumberFormat(document.documentElement.lang || 'en');
		const find = <T extends Element>(selector: string) => root.querySelector<T>(selector)!;
		this.input = find('[data-search-input]');
		this.category = find('[data-search-category]');
		this.status = find('[data-search-status]');
		this.list = find('[data-search-results]');
		this.empty = find('[data-search-empty]');
		this.base = root.dataset['base'] ?? '/';
		this.home = root.dataset['home'] ?? this.base;
		this.suggestUrl = root.dataset['suggestUrl'] || undefined;
		this.names = new TermNames(this.home, root.dataset['termShards'] !== undefined);

		this.input.addEventListener('input', () => {
			const words = preloadable(this.input.value);
			if (words) void this.pagefind?.preload(words);
			this.schedule();
		});
		this.category.addEventListener('change', () => this.schedule(0));
		root.addEventListener('keydown', (event) => this.onKey(event));
	}

	/** Starts loading Pagefind and the term table, e.g. when the dialog opens, before the first key. */
	warmUp(): void {
		this.engine ??= (async () => {
			// The category filter is not needed to search: it fills in when its choices arrive.
			this.fillCategories().catch((error: unknown) => console.error('The category filter could not load:', error));
			const [pagefind] = await Promise.all([loadPagefind(this.base, this.home), this.names.warmUp()]);
			this.pagefind = pagefind;
			return pagefind;
		})();
		this.engine.catch(() => {
			// In `npm run dev` there is no index yet: it is written by `npm run build`.
			this.status.textContent = this.strings.searchUnavailable;
		});
	}

	/** Sets the query (from the URL or the header) and searches at once. */
	setQuery(query: string): void {
		this.input.value = query;
		this.schedule(0);
	}

	focus(): void {
		this.input.focus();
		this.input.select();
	}

	private async fillCategories(): Promise<void> {
		// The page's own language's categories, beside its name table.
		const response = await fetch(`${this.home}${CATEGORY_COUNTS_PATH}`);
		if (!response.ok) throw new Error(`${CATEGORY_COUNTS_PATH}: HTTP ${response.status}`);
		for (const [name, count] of (await response.json()) as CategoryCounts) {
			this.category.add(new Option(fill(this.strings.categoryOption, { name, count: this.numbers.format(count) }), name));
		}
	}

	private schedule(delay = DEBOUNCE_MS): void {
		clearTimeout(this.timer);
		this.timer = setTimeout(() => void this.run(), delay);
	}

	private async run(): Promise<void> {
		const generation = ++this.generation;
		const query = this.input.value.trim();
		const category = this.category.value;
		this.root.dispatchEvent(new CustomEvent('search:query', { detail: query }));
		if (!query && !category) return this.render(query, [], undefined);
		this.warmUp();
		const stale = () => generation !== this.generation; // a newer query has started: drop this one
		const engine = this.engine!;
		const named = await this.names.lookUp(query, category).catch(() => undefined);
		if (!named || stale()) return;
		const { entries: inCategory, match } = named;
		// The term the query names is known from its name table part (a few kilobytes): it is shown
		// at once, first as it will stay, while the full-text index (hundreds of kilobytes for a
		// large glossary's common words) is searched.
		if (match) this.renderNamed(query, match);
		const pagefind = await engine.catch(() => undefined);
		if (!pagefind || stale()) return;
		const filters = category ? { filters: { category } } : {};
		const search = await pagefind.search(query || null, filters);
		if (stale()) return;
		const results = await this.withTermFirst(search?.results ?? [], match, pagefind, filters);
		if (stale()) return;
		this.render(query, results, query && results.length === 0 ? closestTerms(query, inCategory) : undefined);
	}

	private termUrl(slug: string): string {
		return `${this.home}${slug}/`;
	}

	/** Where the term a query names links, and the badge it wears: exact, or a likely misspelling. */
	private named(match: TermMatch): { url: string; badge: string } {
		return { url: this.termUrl(match.entry.slug), badge: match.kind === 'exact' ? this.strings.bestMatch : this.strings.didYouMean };
	}

	/**
	 * Pagefind's results, with the term the query names moved, or fetched, to the top. Only the
	 * fragments of the results shown are fetched (one more when the term is not among them).
	 */
	private async withTermFirst(
		results: readonly PagefindResult[],
		match: TermMatch | undefined,
		pagefind: Pagefind,
		filters: { filters?: Record<string, string> },
	): Promise<ShownResult[]> {
		if (!match) return (await fragments(results.slice(0, MAX_RESULTS))).map((data) => this.describe(data));
		const { url, badge } = this.named(match);
		// A full page of results is fetched at once, not the tenth after the first nine: the term is
		// usually among them, and moves to the top; if not, it takes the last one's place.
		const shown = (await fragments(results.slice(0, MAX_RESULTS))).map((data) => this.describe(data));
		const index = shown.findIndex((result) => result.page === url);
		if (index >= 0) {
			const [term] = shown.splice(index, 1);
			return [asBestMatch(term!, url, badge), ...shown];
		}
		shown.splice(MAX_RESULTS - 1);
		// A misspelt query finds nothing in Pagefind: look the term up by its own title instead,
		// where its own page comes first (its title weighs most), so one fragment is usually enough.
		const byTitle = (await pagefind.search(match.entry.title, filters))?.results ?? [];
		let term: PagefindResultData | undefined;
		for (const result of byTitle.slice(0, 3)) {
			const data = await result.data();
			if (data.url === url) {
				term = data;
				break;
			}
		}
		const described = term ? this.describe(term) : { page: url, url, title: match.entry.title, summary: '', excerpt: '' };
		return [asBestMatch(described, url, badge), ...shown];
	}

	private describe(data: PagefindResultData): ShownResult {
		const title = data.meta.title ?? data.url;
		// The section holding most of the matched words, if that is not simply the top of the page.
		const [section] = data.sub_results
			.filter((sub) => sub.url.includes('#') && sub.title !== title)
			.sort((a, b) => b.locations.length - a.locations.length);
		const result: ShownResult = {
			page: data.url,
			url: section?.url ?? data.url,
			title,
			summary: data.meta.summary ?? '',
			excerpt: section?.excerpt ?? data.excerpt,
		};
		if (section) result.section = section.title;
		return result;
	}

	/**
	 * The named term alone, before the full results: title, badge and category, all the name
	 * table has. The status line waits for the full results, so that a screen reader announces
	 * one count, and `data-query` marks the list complete only then.
	 */
	private renderNamed(query: string, match: TermMatch): void {
		const { url, badge } = this.named(match);
		this.list.innerHTML = this.items([{ page: url, url, title: match.entry.title, summary: match.entry.category, excerpt: '', badge }]);
		this.empty.hidden = true;
		this.list.dataset['named'] = query;
	}

	private render(query: string, results: ShownResult[], suggestions: TermEntry[] | undefined): void {
		this.list.innerHTML = this.items(results);
		this.renderEmpty(query, suggestions);
		this.status.textContent = query || this.category.value ? this.countText(results.length, query) : '';
		this.list.dataset['named'] = query;
		this.list.dataset['query'] = query;
	}

	private items(results: readonly ShownResult[]): string {
		return results
			.map(
				(result) => `<li>
	<a href="${escapeMarkup(result.url)}">
		<span class="result-title">${escapeMarkup(result.title)}${result.badge ? ` <span class="result-badge">${escapeMarkup(result.badge)}</span>` : ''}</span>
		${result.summary ? `<span class="result-summary">${escapeMarkup(result.summary)}</span>` : ''}
		${result.section ? `<span class="result-section">${fill(escapeMarkup(this.strings.inSection), { section: escapeMarkup(result.section) })}</span>` : ''}
		${result.excerpt && !result.badge ? `<span class="result-excerpt">${result.excerpt}</span>` : ''}
	</a>
</li>`,
			)
			.join('');
	}

	private countText(count: number, query: string): string {
		const values = { query, count: this.numbers.format(count) };
		const { strings } = this;
		if (count === 0) return fill(query ? strings.noResultsFor : strings.noResults, values);
		if (count === MAX_RESULTS) return fill(query ? strings.topResultsFor : strings.topResults, values);
		const forms = query ? strings.resultCountFor : strings.resultCount;
		return fill(forms[this.plurals.select(count)] ?? forms.other, values);
	}

	private renderEmpty(query: string, suggestions: TermEntry[] | undefined): void {
		this.empty.hidden = !suggestions;
		if (!suggestions) return;
		const links = suggestions.map((entry) => `<a href="${escapeMarkup(this.termUrl(entry.slug))}">${escapeMarkup(entry.title)}</a>`);
		const { strings } = this;
		const text = (template: string, values: Record<string, string>) => fill(escapeMarkup(template), values);
		const suggestLink = this.suggestUrl
			? `<a href="${escapeMarkup(this.suggestUrl.replace('{query}', encodeURIComponent(query)))}">${text(strings.suggestTerm, { query: escapeMarkup(query) })}</a>`
			: '';
		const suggest = suggestLink ? `<p>${text(strings.missingTerm, { link: suggestLink })}</p>` : '';
		const closest = links.length > 0 ? `<p>${text(strings.closestTerms, { terms: links.join(', ') })}</p>` : '';
		const browse = `<a href="${escapeMarkup(this.home)}">${escapeMarkup(strings.browseAllShort)}</a>`;
		this.empty.innerHTML = `${closest}${suggest}<p>${text(strings.orBrowse, { link: browse })}</p>`;
	}

	private links(): HTMLAnchorElement[] {
		return [...this.list.querySelectorAll<HTMLAnchorElement>('a')];
	}

	/**
	 * Arrow keys move focus between the field and the results, which are plain links: Enter
	 * follows one, and typing anywhere in the list goes back to the field.
	 */
	private onKey(event: KeyboardEvent): void {
		const links = this.links();
		const current = links.indexOf(document.activeElement as HTMLAnchorElement);
		if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
			event.preventDefault();
			const next = current + (event.key === 'ArrowDown' ? 1 : -1);
			if (next < 0) this.input.focus();
			else links[Math.min(next, links.length - 1)]?.focus();
		} else if (event.key === 'Enter' && event.target === this.input) {
			event.preventDefault(); // with script, Enter opens the first result instead of submitting the fallback form
			links[0]?.click();
		} else if (current >= 0 && event.key.length === 1 && !event.ctrlKey && !event.metaKey) {
			this.input.focus(); // the character then lands in the field
		}
	}
}
