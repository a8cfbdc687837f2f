/** One area's catalogue in another language: exactly the English area's keys, each a message. */
export type Area<English> = { readonly [K in keyof English]: string };
