import { prepareTable, type TermEntry } from './match.ts';
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

	/** The terms whose names a query may name. */
	async for(query: string): Promise<TermEntry[]> {
		if (!this.sharded) return this.fetchTable(TERM_TABLE_PATH);
		const key = shardKey(query);
		return key ? this.fetchTable(termShardPath(key)) : [];
	}
}
