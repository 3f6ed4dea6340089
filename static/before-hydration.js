// Loaded by src/app.html before the app's own code. Until the app has started on a page (<html data-hydrated>, set by
// the root layout), a form that the app submits itself (one without a method: its handler sends it through the API)
// would be submitted by the browser instead, as a GET to the same page: the page reloads, what was typed is lost,
// and the fields end up in the address bar, the history and the server's logs. Such a submission is held back; the
// person taps again a moment later, once the page is ready. Forms with a method (sign-in, downloads) work without
// the app and go through.
document.addEventListener(
	'submit',
	(event) => {
		const form = event.target;
		const started = document.documentElement.dataset.hydrated === 'true';
		if (!started && form instanceof HTMLFormElement && !form.hasAttribute('method')) event.preventDefault();
	},
	true
);
