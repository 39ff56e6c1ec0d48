import type { ReactiveControllerHost } from 'lit';

/**
 * What our controllers use of their host: a LitElement (the request elements) and the light base alike. The
 * light base has no `removeController`: none of our controllers ever leaves its host, and the badge carries
 * every byte it has.
 */
export type TuanRumah = Omit<ReactiveControllerHost, 'removeController'>;
