import { fold } from './fold.ts';
import { matchTerm, prepareTable, type TermEntry, type TermMatch } from './match.ts';
import { shardKey, TERM_TABLE_PATH, termShardPath, type TermTable } from './term-table.ts';

/**
 * The names the search box matches a query against, fetched as they are needed: the whole
 * table at once for most glossaries, or, for a large one (`sharded`), only the part for the
 * query's first character, each part once.
 */
export class TermNames {
	private readonly base: string;
	private readonly sharded: boolean;
	private readonly tables = new Map<string, Promise<TermEntry[]>>();

	constructor(base: string, sharded: boolean) {
		this.base = base;
		this.sharded = sharded;
	}

	private fetchTable(path: string): Promise<TermEntry[]> {
		let table = this.tables.get(path);
		if (!table) {
			table = fetch(`${this.base}${path}`).then(async (response) => {
				// A glossary may have no name at all under a character: then there is no part for it.
				if (response.status === 404 && this.sharded) return [];
				if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
				return prepareTable((await response.json()) as TermTable);
			});
			this.tables.set(path, table);
		}
		return table;
	}

	/** Starts fetching what the first query will need, when that is known in advance. */
	warmUp(): Promise<unknown> {
		return this.sharded ? Promise.resolve() : this.fetchTable(TERM_TABLE_PATH);
	}

	/**
	 * The terms a query may name (in `category`, when one is chosen), and the one it names,
	 * exactly or through a likely misspelling (see `matchTerm`).
	 */
	async lookUp(query: string, category = ''): Promise<{ entries: TermEntry[]; match: TermMatch | undefined }> {
		const inCategory = (entries: TermEntry[]) => (category ? entries.filter((entry) => entry.category === category) : entries);
		let entries = inCategory(await this.for(query));
		let match = query ? matchTerm(query, entries) : undefined;
		// Not a name as typed: perhaps one misspelt at its first letter, which files it elsewhere.
		if (query && match?.kind !== 'exact' && this.sharded) {
			entries = inCategory(await this.for(query, true));
			match = matchTerm(query, entries);
		}
		return { entries, match };
	}

	/**
	 * The terms whose names a query may name. With `misspelt`, a large glossary's terms filed
	 * under the query's second character too: the commonest typo to change a name's first
	 * letter is swapping its first two ("itsor" for "tisor").
	 */
	private async for(query: string, misspelt = false): Promise<TermEntry[]> {
		if (!this.sharded) return this.fetchTable(TERM_TABLE_PATH);
		const [first, second] = [...fold(query)];
		const keys = new Set([first, misspelt ? second : undefined].map((character) => character && shardKey(character)).filter((key) => key !== undefined));
		const parts = await Promise.all([...keys].map((key) => this.fetchTable(termShardPath(key))));
		if (parts.length < 2) return parts[0] ?? [];
		// A term with names in both parts is one entry, with all those names.
		const bySlug = new Map<string, TermEntry>();
		for (const entry of parts.flat()) {
			const known = bySlug.get(entry.slug);
			bySlug.set(entry.slug, known ? { ...known, keys: [...new Set([...known.keys, ...entry.keys])] } : entry);
		}
		return [...bySlug.values()];
	}
}
