/** The largest import file an analyst may upload: a JSON export of several thousand events. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
