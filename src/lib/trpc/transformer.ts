// Shared by server and browser, so that dates and maps keep their types across the wire.
export { default as transformer } from 'superjson';
