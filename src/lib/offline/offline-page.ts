// The page the service worker answers with when a page is needed that it cannot fetch and has not kept. Built
// from the i18n layer's offline messages, with no script and no outside file, so it shows with no network at all.
import { zh, en } from '../i18n/messages/offline';
import { DEFAULT_LOCALE, isLocale, type Locale } from '../i18n/types';

export interface SavedPage {
	url: string;
	title: string;
}

type OfflineKey = keyof typeof zh;

const MESSAGES: Record<Locale, Record<OfflineKey, string>> = { 'zh-CN': zh, en };

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decodeHtml = (text: string) =>
	text.replace(/&(#\d+|#x[\da-f]+|\w+);/gi, (match, code: string) => {
		if (code[0] !== '#') return ENTITIES[code.toLowerCase()] ?? match;
		const point = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : Number(code.slice(1));
		return Number.isFinite(point) ? String.fromCodePoint(point) : match;
	});

/** The language and the title of a page the app rendered (its `<html lang>` and `<title>`). */
export function describePage(html: string): { locale: Locale | null; title: string | null } {
	const lang = /<html[^>]*\blang="([^"]*)"/i.exec(html)?.[1];
	const title = /<title>([^<]*)<\/title>/i.exec(html)?.[1];
	return { locale: isLocale(lang) ? lang : null, title: title ? decodeHtml(title).trim() : null };
}

/** The offline page in the reader's language: what happened, and the pages that do open offline. */
export function offlinePageHtml(options: {
	locale?: Locale | null;
	reason: 'page' | 'signOut';
	saved: SavedPage[];
}): string {
	const locale = options.locale ?? DEFAULT_LOCALE;
	const t = (key: OfflineKey) => escapeHtml(MESSAGES[locale][key]);
	const heading = options.reason === 'signOut' ? t('offline.page.signOutHeading') : t('offline.page.heading');
	const body = options.reason === 'signOut' ? t('offline.page.signOutBody') : t('offline.page.body');
	const saved =
		options.reason === 'signOut'
			? ''
			: options.saved.length
				? `<p>${t('offline.page.saved')}</p><ul>${options.saved
						.map((page) => `<li><a href="${escapeHtml(page.url)}">${escapeHtml(page.title)}</a></li>`)
						.join('')}</ul>`
				: `<p>${t('offline.page.noneSaved')}</p>`;
	return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="theme-color" content="#0f766e">
<title>${t('offline.page.title')} · ${t('offline.manifest.name')}</title>
<style>
body{font-family:system-ui,-apple-system,"PingFang SC","Noto Sans CJK SC",sans-serif;margin:0;color:#0f172a;background:#f8fafc}
main{max-width:36rem;margin:0 auto;padding:2rem 1.25rem}
.tag{display:inline-block;border-radius:999px;background:#fef3c7;color:#78350f;padding:.25rem .75rem;font-weight:600}
h1{font-size:1.5rem;margin:1rem 0 .5rem}
p{line-height:1.6}
ul{padding:0;list-style:none}
li a{display:flex;align-items:center;min-height:44px;padding:.5rem .75rem;margin:.25rem 0;border-radius:.5rem;background:#fff;border:1px solid #cbd5e1;color:#115e59;text-decoration:none}
.retry{display:inline-flex;align-items:center;min-height:44px;padding:0 1rem;border-radius:.5rem;background:#0f766e;color:#fff;text-decoration:none;font-weight:600}
</style>
</head>
<body>
<main id="main">
<p class="tag">${t('offline.page.title')} · ${t('offline.manifest.name')}</p>
<h1>${heading}</h1>
<p>${body}</p>
${saved}
${options.reason === 'signOut' ? `<p><a class="retry" href="/">${t('offline.page.home')}</a></p>` : `<p><a class="retry" href="">${t('offline.page.retry')}</a></p>`}
</main>
</body>
</html>`;
}
