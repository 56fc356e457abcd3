import { describe, expect, test } from 'vitest';
import { cldrIndexCharacters, groupByLetter, letterId, parseIndexCharacters, titleCollator } from '../../../src/link/alphabet.ts';

/** The index of `titles` in `locale`: each non-empty heading with its names, and every heading shown. */
function index(locale: string, titles: string[]) {
	const sorted = titles.toSorted(titleCollator(locale).compare);
	const groups = groupByLetter(sorted, (title) => title, locale);
	return {
		headings: groups.map((group) => group.letter).join(' '),
		filed: Object.fromEntries(groups.filter((group) => group.items.length > 0).map((group) => [group.letter, group.items])),
	};
}

describe('A–Z headings per language, from CLDR', () => {
	test('English: # and A–Z, accents folded, other scripts and digits under #', () => {
		const { headings, filed } = index('en', ['Éclair model', '3D rendering', 'μTorrent', 'Transformer', 'zeta']);
		expect(headings).toBe('# A B C D E F G H I J K L M N O P Q R S T U V W X Y Z');
		expect(filed).toEqual({ '#': ['3D rendering', 'μTorrent'], E: ['Éclair model'], T: ['Transformer'], Z: ['zeta'] });
	});

	test('Spanish has Ñ', () => {
		expect(index('es', ['Ñandú', 'Nube']).filed).toEqual({ N: ['Nube'], Ñ: ['Ñandú'] });
	});

	test('Japanese: kana rows, katakana and voiced sounds filed with their row; A–Z only where used', () => {
		const { headings, filed } = index('ja', ['トークン', 'ファインチューニング', 'ガバナンス', 'AI エージェント', 'ベクトルデータベース']);
		expect(headings).toBe('# A あ か さ た な は ま や ら わ');
		expect(filed).toEqual({ A: ['AI エージェント'], か: ['ガバナンス'], た: ['トークン'], は: ['ファインチューニング', 'ベクトルデータベース'] });
	});

	test('Simplified Chinese: Latin letters by pinyin', () => {
		const { headings, filed } = index('zh-CN', ['预训练', '微调', '大语言模型', 'RAG', '词元']);
		expect(headings).toBe('# A B C D E F G H I J K L M N O P Q R S T U V W X Y Z');
		expect(filed).toEqual({ C: ['词元'], D: ['大语言模型'], R: ['RAG'], W: ['微调'], Y: ['预训练'] });
	});

	test('Traditional Chinese: stroke counts, in the stroke order Taiwan sorts by', () => {
		expect(index('zh-TW', ['預訓練', '微調', '大型語言模型', '人工智慧']).filed).toEqual({ '2畫': ['人工智慧'], '3畫': ['大型語言模型'], '13畫': ['微調', '預訓練'] });
	});

	test('Korean: initial consonants, tense ones with their plain letter', () => {
		const { headings, filed } = index('ko', ['가중치', '까치', '토큰', '미세 조정']);
		expect(headings).toBe('# ㄱ ㄴ ㄷ ㄹ ㅁ ㅂ ㅅ ㅇ ㅈ ㅊ ㅋ ㅌ ㅍ ㅎ');
		expect(filed).toEqual({ ㄱ: ['가중치', '까치'], ㅁ: ['미세 조정'], ㅌ: ['토큰'] });
	});

	test('Russian: Cyrillic, Ё with Е; Ukrainian has Ґ and Ї', () => {
		expect(index('ru', ['Ёлка', 'Ель', 'Токен']).filed).toEqual({ Е: ['Ёлка', 'Ель'], Т: ['Токен'] });
		expect(index('uk', ['Ґанок', 'Їжак']).filed).toEqual({ Ґ: ['Ґанок'], Ї: ['Їжак'] });
	});

	test('Hindi and Bengali: letters, with Bengali’s ক্ষ', () => {
		expect(index('hi', ['कृत्रिम बुद्धि', 'टोकन', 'अनुमान']).filed).toEqual({ अ: ['अनुमान'], क: ['कृत्रिम बुद्धि'], ट: ['टोकन'] });
		expect(index('bn', ['ক্ষমতা', 'কৃত্রিম', 'টোকেন']).filed).toEqual({ ক: ['কৃত্রিম'], ক্ষ: ['ক্ষমতা'], ট: ['টোকেন'] });
	});

	test('Arabic and Urdu: their letters, hamza forms with alif', () => {
		expect(index('ar', ['الذكاء الاصطناعي', 'أداة', 'نموذج', 'RAG']).filed).toEqual({ ا: ['أداة', 'الذكاء الاصطناعي'], ن: ['نموذج'], R: ['RAG'] });
		expect(index('ur', ['مصنوعی ذہانت', 'ٹوکن', 'پیش تربیت']).filed).toEqual({ پ: ['پیش تربیت'], ٹ: ['ٹوکن'], م: ['مصنوعی ذہانت'] });
	});

	test('ids are safe in URLs and HTML ids', () => {
		expect(['#', 'A', 'か', 'ক্ষ', '13畫'].map(letterId)).toEqual(['other', 'a', 'u304b', 'u0995-u09cd-u09b7', 'u0031-u0033-u756b']);
	});

	test('CLDR sets are read as sets: strings in braces, ranges', () => {
		expect(parseIndexCharacters('[A B {ক্ষ} ЕЁ a-c]')).toEqual(['A', 'B', 'ক্ষ', 'Е', 'Ё', 'a', 'b', 'c']);
		expect(cldrIndexCharacters('pt-BR')).toEqual([...'ABCDEFGHIJKLMNOPQRSTUVWXYZ']);
	});
});
