/**
 * The Content-Disposition of every download (RFC 6266): `filename*` carries the real name in UTF-8 (RFC 5987,
 * so Chinese names survive), `filename` an ASCII name for clients that read only that one. Path separators,
 * quotes and line breaks never reach the header.
 */
export function attachment(fileName: string, asciiFallback = asciiName(fileName)) {
	// eslint-disable-next-line no-control-regex -- line breaks and other controls must never reach a header
	const safe = fileName.replace(/[\\/:*?"<>|\u0000-\u001f\u007f]+/g, '_');
	return `attachment; filename="${asciiName(asciiFallback)}"; filename*=UTF-8''${rfc5987(safe)}`;
}

// encodeURIComponent leaves ' ( ) * ! unescaped; RFC 5987's attr-char allows only ! of them.
function rfc5987(value: string) {
	return encodeURIComponent(value).replace(
		/['()*]/g,
		(c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`
	);
}

/** The printable ASCII of a name, its extension kept; `download` when nothing of the stem is left. */
export function asciiName(fileName: string) {
	const dot = fileName.lastIndexOf('.');
	const ext = dot > 0 ? fileName.slice(dot).replace(/[^A-Za-z0-9.]/g, '') : '';
	const stem = (dot > 0 ? fileName.slice(0, dot) : fileName)
		.normalize('NFKD')
		.replace(/[^\x20-\x7e]/g, '')
		.replace(/["\\/:*?<>|;%]/g, '')
		.replace(/\s+/g, '-')
		.replace(/^[-.]+|[-.]+$/g, '');
	return (/[A-Za-z0-9]/.test(stem) ? stem : 'download') + (ext.length > 1 ? ext : '');
}

/** The Content-Disposition of a file shown in the page (an image), named as `attachment` names a download. */
export function inline(fileName: string, asciiFallback = asciiName(fileName)) {
	return attachment(fileName, asciiFallback).replace(/^attachment;/, 'inline;');
}
