/**
 * url() and absoluteUrl() now live in routes.ts, with every address they join. This re-export keeps
 * imports written before the move working; new code imports from routes.ts.
 */
export { absoluteUrl, url } from './routes.ts';
