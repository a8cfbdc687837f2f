/** The contract between the page and the main process: the data model and the channel table. */
export * from './model';
export * from './cobo-views';
export * from './views';
export * from './drill';
export * from './script';
export * from './channels';
