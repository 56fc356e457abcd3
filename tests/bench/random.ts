/**
 * A small seeded pseudo-random generator (mulberry32). The benchmark needs the same glossary for
 * the same seed on every machine, so `Math.random` is never used.
 */
export interface Random {
	/** A float in [0, 1). */
	next(): number;
	/** An integer in [min, max], both included. */
	int(min: number, max: number): number;
	/** True with probability `p`. */
	chance(p: number): boolean;
	/** One item of a non-empty list. */
	pick<T>(items: readonly T[]): T;
	/** `count` items at distinct positions of `items` (fewer when the list is shorter). */
	sample<T>(items: readonly T[], count: number): T[];
}

export function createRandom(seed: number): Random {
	let state = seed >>> 0;
	const next = () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
	const pick = <T>(items: readonly T[]): T => {
		if (items.length === 0) throw new Error('pick() needs at least one item');
		return items[int(0, items.length - 1)]!;
	};
	const sample = <T>(items: readonly T[], count: number): T[] => {
		// Rejection sampling on indices: the lists are long (every slug) and the samples short,
		// so this avoids copying the whole list for each draw.
		const chosen = new Set<number>();
		const size = Math.min(count, items.length);
		while (chosen.size < size) chosen.add(int(0, items.length - 1));
		return [...chosen].map((index) => items[index]!);
	};
	return { next, int, chance: (p) => next() < p, pick, sample };
}
