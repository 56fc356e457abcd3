import type { APIRoute } from 'astro';
import { getSite } from '../render/collections.ts';
import { absoluteUrl } from '../render/urls.ts';

/** Everything may be crawled; the sitemap lists what is worth it. */
export const GET: APIRoute = async () => {
	const site = await getSite();
	return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(site, 'sitemap.xml')}\n`, {
		headers: { 'content-type': 'text/plain' },
	});
};
