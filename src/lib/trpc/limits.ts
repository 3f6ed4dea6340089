/**
 * The most calls one HTTP request may batch: the browser's client batches up to this many, and the server
 * refuses a larger batch with a 400, so that one request cannot hold the server (650 report builds did).
 */
export const MAX_BATCH_CALLS = 16;
